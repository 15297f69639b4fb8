#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Sorts ascending: median-of-three pivot, three-way partitioning, insertion
 * sort for short ranges, recursion only on the smaller side. */
void quicksort_int(int *a, size_t n);
/* Returns the k-th smallest element (0-based, k < n), reordering a. */
int quickselect_int(int *a, size_t n, size_t k);
/* Median of a (lower median for even n) without modifying a; uses a scratch
 * buffer of n ints provided by the caller. n >= 1. */
int median_int(const int *a, size_t n, int *scratch);

#endif
