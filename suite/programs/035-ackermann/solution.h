#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdint.h>

/* Ackermann-Peter function A(m, n) by plain recursion; *calls (if non-NULL) is incremented once
 * per invocation. Only small inputs are practical (m <= 3, n <= 8). */
uint64_t ackermann(unsigned m, uint64_t n, uint64_t *calls);
/* Same function using an explicit, heap-allocated stack of pending m values.
 * Returns UINT64_MAX on allocation failure. */
uint64_t ackermann_iterative(unsigned m, uint64_t n);
/* Hyperoperation H_k(a, b) (k=0 successor, 1 addition, 2 multiplication, 3 exponentiation, 4 tetration)
 * by recursion on b; returns false if the value would exceed 2^63 or k > 4. */
int hyperop(unsigned k, uint64_t a, uint64_t b, uint64_t *out);

#endif
