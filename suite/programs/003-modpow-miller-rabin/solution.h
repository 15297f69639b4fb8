#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stdint.h>

/* (a * b) mod m without overflow, for m >= 1. */
uint64_t mulmod_u64(uint64_t a, uint64_t b, uint64_t m);
/* (base ^ exp) mod m for m >= 1 (0^0 is 1, so the result is 1 % m). */
uint64_t powmod_u64(uint64_t base, uint64_t exp, uint64_t m);
/* Deterministic Miller-Rabin for all 64-bit n. */
bool is_prime_u64(uint64_t n);

#endif
