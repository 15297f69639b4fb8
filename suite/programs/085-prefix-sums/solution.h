#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* out[i] = a[0] + ... + a[i] (int64 accumulation); out may equal a only for
 * the in-place variant below. */
void inclusive_scan(const int32_t *a, int64_t *out, size_t n);
/* out[i] = a[0] + ... + a[i-1], out[0] = 0; out has n + 1 entries, out[n]
 * is the total. */
void exclusive_scan(const int32_t *a, int64_t *out, size_t n);
/* In-place inclusive scan with wrap-around uint32 arithmetic. */
void scan_inplace_u32(uint32_t *a, size_t n);
/* Sum of a[lo..hi) from an exclusive scan table P (n + 1 entries). */
int64_t range_sum(const int64_t *P, size_t lo, size_t hi);
/* 2-D summed-area table: S has (rows+1) x (cols+1) entries, row-major,
 * S[r][c] = sum of m[0..r) x [0..c). */
void summed_area(const int32_t *m, size_t rows, size_t cols, int64_t *S);
/* Sum of the rectangle [r0, r1) x [c0, c1) using S. */
int64_t rect_sum(const int64_t *S, size_t cols, size_t r0, size_t c0, size_t r1, size_t c1);
/* Number of non-empty subarrays whose sum equals k (uses prefix sums and
 * a sort of the prefix values; n <= 4096). Returns -1 on allocation failure. */
long long count_subarrays_with_sum(const int32_t *a, size_t n, int64_t k);

#endif
