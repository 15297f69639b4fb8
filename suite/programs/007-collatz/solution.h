#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stdint.h>

/* Number of steps for n (n >= 1) to reach 1 and the maximum value seen on the way.
 * Returns false if an intermediate value would exceed UINT64_MAX or n == 0. */
bool collatz_info(uint64_t n, uint64_t *steps, uint64_t *peak);
/* Among 1 <= n < limit, the start with the most steps (smallest on ties), using a memo table.
 * Writes its step count to *steps. Returns 0 if limit < 2 or memory is exhausted. */
uint64_t collatz_longest_below(uint32_t limit, uint64_t *steps);

#endif
