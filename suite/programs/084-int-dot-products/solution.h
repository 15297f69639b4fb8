#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* Dot product of int32 vectors, accumulated exactly in int64 (n <= 2^32
 * keeps it in range). */
int64_t dot_i32(const int32_t *a, const int32_t *b, size_t n);
/* Dot product of int16 vectors accumulated in int32; callers keep
 * n <= 65536 / 2 so that the sum cannot overflow (|a*b| <= 2^30). */
int32_t dot_i16(const int16_t *a, const int16_t *b, size_t n);
/* Dot product of bytes: sum of a[i] * b[i] as uint32 (n <= 66051). */
uint32_t dot_u8(const uint8_t *a, const uint8_t *b, size_t n);
/* Sum of absolute differences of two byte arrays. */
uint64_t sad_u8(const uint8_t *a, const uint8_t *b, size_t n);
/* Wrapping dot product modulo 2^32 (unsigned arithmetic). */
uint32_t dot_wrap_u32(const uint32_t *a, const uint32_t *b, size_t n);
/* Squared Euclidean distance between two int32 vectors (int64 result;
 * components differ by less than 2^31 in magnitude for these callers). */
int64_t dist2_i32(const int32_t *a, const int32_t *b, size_t n);

#endif
