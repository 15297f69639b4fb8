#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stdint.h>

/* C(n, k) exactly; returns false if it does not fit in uint64_t. C(n, k) == 0 for k > n. */
bool binom_u64(uint64_t n, uint64_t k, uint64_t *out);
/* n-th Catalan number, false on overflow. */
bool catalan_u64(unsigned n, uint64_t *out);
/* Multinomial coefficient (k[0]+...+k[m-1])! / (k[0]! ... k[m-1]!), false on overflow. */
bool multinomial_u64(const unsigned *k, unsigned m, uint64_t *out);

#endif
