#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

void swap_int(int *a, int *b);
/* Swaps two non-overlapping objects of size bytes, byte by byte. */
void swap_bytes(void *a, void *b, size_t size);
/* (a, b, c) <- (b, c, a) */
void rotate3(int *a, int *b, int *c);
/* Sorts the three pointed-to values ascending (pointers may alias). */
void sort3(int *a, int *b, int *c);
/* Writes min and max of a (n >= 1) through the pointers. */
void minmax(const int *a, size_t n, int *min, int *max);
/* Rearranges a into the lexicographically next permutation; returns false
 * (and leaves a sorted ascending) when a was the last one. */
bool next_permutation(int *a, size_t n);
/* Reverses a with two walking pointers. */
void reverse_ptr(int *begin, int *end);
/* Stable partition: moves elements satisfying x % 2 == 0 before the others,
 * using only adjacent swaps (bubble style); returns the count of evens. */
size_t partition_even_first(int *a, size_t n);

#endif
