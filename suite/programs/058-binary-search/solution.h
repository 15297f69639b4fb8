#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* a is sorted ascending (duplicates allowed). */
size_t lower_bound_int(const int *a, size_t n, int key); /* first i with a[i] >= key, or n */
size_t upper_bound_int(const int *a, size_t n, int key); /* first i with a[i] > key, or n */
/* Index of some element equal to key, or -1. */
long binary_search_int(const int *a, size_t n, int key);
/* Number of elements equal to key. */
size_t count_equal(const int *a, size_t n, int key);
/* a is a strictly increasing array rotated by an unknown amount; returns the
 * index of key or -1. */
long search_rotated(const int *a, size_t n, int key);
/* floor(sqrt(x)) for any uint64 x, by binary search. */
uint64_t isqrt_u64(uint64_t x);

#endif
