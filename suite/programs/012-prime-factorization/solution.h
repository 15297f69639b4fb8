#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdint.h>

/* A 64-bit number has at most 15 distinct prime factors. */
#define MAX_FACTORS 15

typedef struct {
  uint64_t prime[MAX_FACTORS];
  unsigned exponent[MAX_FACTORS];
  unsigned count;
} factorization;

/* Factorises n >= 1 by wheel trial division (fine when the second-largest prime factor is small
 * enough, as in the tests). Factors are ascending. n == 1 (and n == 0) give count == 0. */
void factorize(uint64_t n, factorization *f);
/* Number of divisors and the radical (product of distinct primes) of a factorisation. */
uint64_t divisor_count(const factorization *f);
uint64_t radical(const factorization *f);
/* Largest prime factor of n (0 for n < 2). */
uint64_t largest_prime_factor(uint64_t n);

#endif
