#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stdint.h>

/* Exact F(n); false if it does not fit in 64 bits (n > 93). */
bool fib_u64(unsigned n, uint64_t *out);
/* F(n) mod m by fast doubling; requires 1 <= m <= 2^32. */
uint64_t fib_mod(uint64_t n, uint64_t m);
/* Pisano period of m (period of F mod m), m >= 1; pisano(1) == 1. Returns 0 if m > 2^26. */
uint64_t pisano_period(uint64_t m);

#endif
