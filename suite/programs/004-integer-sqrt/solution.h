#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stdint.h>

/* floor(sqrt(n)) exactly, via Newton's method on integers. */
uint64_t isqrt_u64(uint64_t n);
/* floor(cbrt(n)) exactly, via bitwise construction. */
uint64_t icbrt_u64(uint64_t n);
/* floor of the k-th root of n, k >= 1. */
uint64_t iroot_u64(uint64_t n, unsigned k);
bool is_perfect_square(uint64_t n);

#endif
