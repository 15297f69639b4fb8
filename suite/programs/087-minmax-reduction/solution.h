#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* All functions require n >= 1 unless stated. */
int32_t min_i32(const int32_t *a, size_t n);
int32_t max_i32(const int32_t *a, size_t n);
/* Index of the first minimum / first maximum. */
size_t argmin_i32(const int32_t *a, size_t n);
size_t argmax_i32(const int32_t *a, size_t n);
/* Both extremes in one pass (pairwise comparisons, ~1.5 n compares). */
void minmax_i32(const int32_t *a, size_t n, int32_t *mn, int32_t *mx);
/* Float reductions (inputs contain no NaN). */
float min_f32(const float *a, size_t n);
float max_abs_f32(const float *a, size_t n);
/* Unsigned bytes: maximum via a branch-free select loop. */
uint8_t max_u8(const uint8_t *a, size_t n);
/* Range (max - min) as an unsigned value, exact even for INT32_MIN..INT32_MAX. */
uint32_t range_i32(const int32_t *a, size_t n);
/* Clamps every element into [lo, hi] in place (lo <= hi); n may be 0. */
void clamp_i32(int32_t *a, size_t n, int32_t lo, int32_t hi);

#endif
