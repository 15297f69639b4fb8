#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* Counting sort of bytes, in place. */
void counting_sort_u8(uint8_t *a, size_t n);
/* Counting sort of ints known to lie in [lo, hi] (hi - lo < 65536); out must
 * hold n ints. Stable. Returns 0, or -1 if a value is outside the range or
 * the range is invalid (out unspecified then). */
int counting_sort_range(const int *a, size_t n, int lo, int hi, int *out);
/* LSD radix sort (8-bit digits) of uint32 values using tmp (n elements). */
void radix_sort_u32(uint32_t *a, size_t n, uint32_t *tmp);
/* Radix sort of signed int32 values (flip the sign bit), using tmp. */
void radix_sort_i32(int32_t *a, size_t n, int32_t *tmp);

#endif
