#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* Euler's totient of n by trial-division factorisation; phi(0) == 0, phi(1) == 1. */
uint64_t totient_u64(uint64_t n);
/* Fills phi[0..n] with totients using a linear sieve; returns 0 on success, -1 on OOM. */
int totient_table(uint32_t n, uint32_t *phi);
/* Sum of phi(1..n) (size of the Farey sequence minus one); uses totient_table internally.
 * Returns 0 on OOM. */
uint64_t totient_summatory(uint32_t n);

#endif
