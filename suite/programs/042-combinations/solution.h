#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* Recursively lists all k-subsets of {0..n-1} (n <= 30) in lexicographic order as increasing
 * index tuples, k bytes each, at most cap tuples. Returns C(n, k). */
size_t combinations(unsigned n, unsigned k, unsigned char *out, size_t cap);
/* Lexicographic rank of an increasing k-tuple over {0..n-1} (n <= 60) and its inverse. */
uint64_t combination_rank(const unsigned char *c, unsigned n, unsigned k);
void combination_unrank(uint64_t rank, unsigned n, unsigned k, unsigned char *c);
/* Number of ways to make `target` from unlimited coins of the given positive denominations
 * (order does not matter), by memoised recursion over (coin index, remaining amount).
 * target <= 10000, n <= 64. Returns UINT64_MAX on allocation failure. */
uint64_t coin_change_ways(const unsigned *coins, size_t n, unsigned target);

#endif
