#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Kadane: maximum sum of a non-empty contiguous subarray (n >= 1); the
 * subarray is reported as [*start, *end] inclusive. For n == 0 returns 0
 * with *start = *end = 0. Sums use long long (inputs are int). */
long long max_subarray(const int *a, size_t n, size_t *start, size_t *end);
/* Maximum sum of a non-empty subarray of the circular array. n >= 1. */
long long max_circular_subarray(const int *a, size_t n);
/* Maximum product of a contiguous subarray, for small values (|a[i]| <= 10,
 * n <= 16, so the product fits in long long). n >= 1. */
long long max_product_subarray(const int *a, size_t n);
/* Maximum sum of a subarray of length exactly k (1 <= k <= n), sliding window. */
long long max_window_sum(const int *a, size_t n, size_t k);

#endif
