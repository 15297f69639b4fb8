#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Recursively generates all permutations of 0..n-1 (n <= 10) in lexicographic order into out
 * (row-major, n entries per permutation, at most cap permutations). Returns n!. */
size_t permutations_lex(unsigned n, unsigned char *out, size_t cap);
/* Heap's algorithm (recursive), writing permutations of 0..n-1 in Heap order. Returns n!. */
size_t permutations_heap(unsigned n, unsigned char *out, size_t cap);
/* Rearranges a[0..n-1] into the next lexicographic permutation; false (and sorted ascending)
 * if it was the last one. Works with repeated values. */
bool next_permutation(int *a, size_t n);
/* Lexicographic rank of a permutation of 0..n-1 (n <= 20) and its inverse. */
uint64_t permutation_rank(const unsigned char *p, unsigned n);
void permutation_unrank(uint64_t rank, unsigned n, unsigned char *p);

#endif
