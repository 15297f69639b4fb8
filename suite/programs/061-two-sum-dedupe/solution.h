#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

/* Finds original indices i < j with a[i] + a[j] == target (sum computed in
 * long long, so extremes are fine) by sorting (value, index) pairs and
 * scanning with two pointers. Among all solutions returns the one with the
 * smallest i, then smallest j. Returns false if there is none (or n < 2, or
 * allocation fails). */
bool two_sum(const int *a, size_t n, long long target, size_t *i, size_t *j);
/* Number of index pairs i < j with a[i] + a[j] == target. */
size_t count_pairs_with_sum(const int *a, size_t n, long long target);
/* Removes duplicates from a sorted array in place; returns the new length. */
size_t dedupe_sorted(int *a, size_t n);
/* Removes duplicates from an unsorted array in place, keeping the first
 * occurrence of each value in original order; returns the new length. */
size_t dedupe_stable(int *a, size_t n);

#endif
