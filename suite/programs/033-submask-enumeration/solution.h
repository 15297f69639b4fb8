#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* Gosper's hack: next larger integer with the same number of set bits (x != 0).
 * Returns 0 if there is none within 64 bits. */
uint64_t next_same_popcount(uint64_t x);
/* Writes all k-bit subsets of an n-bit universe (n <= 20) in increasing order; returns the count
 * (which is also written if out is NULL). Writes at most cap values. */
size_t k_subsets(unsigned n, unsigned k, uint32_t *out, size_t cap);
/* Enumerates all submasks of mask in decreasing order (including 0): returns count, writes <= cap. */
size_t submasks(uint32_t mask, uint32_t *out, size_t cap);
/* Number of subsets of w[0..n-1] (n <= 20) whose sum equals target, using subset sums indexed
 * by bitmask (lowest-bit DP). Returns SIZE_MAX on allocation failure. */
size_t count_subset_sums(const int32_t *w, unsigned n, int64_t target);
/* Sum-over-subsets DP, in place over 2^bits entries (bits <= 20): afterwards
 * f[S] = sum of the original f[T] over all submasks T of S. */
void sum_over_subsets(int64_t *f, unsigned bits);

#endif
