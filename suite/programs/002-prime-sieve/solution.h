#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Writes the primes <= limit into out (at most cap of them, ascending) and returns
 * the total number of primes <= limit (which may exceed cap). Returns 0 on allocation failure. */
size_t sieve_primes(uint32_t limit, uint32_t *out, size_t cap);
/* Deterministic primality by 6k+-1 trial division. */
bool is_prime_u32(uint32_t n);
/* Smallest prime >= n, or 0 if there is none representable in 32 bits. */
uint32_t next_prime_u32(uint32_t n);

#endif
