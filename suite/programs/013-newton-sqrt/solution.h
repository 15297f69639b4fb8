#ifndef SOLUTION_H
#define SOLUTION_H

/* Square root by Newton's iteration; x must be finite. Returns -1.0 for negative x. */
double newton_sqrt(double x);
/* Real n-th root (n >= 1) by Newton's iteration; odd roots of negative numbers are negative.
 * For even n and x < 0 returns 0.0 and sets *ok = 0; otherwise sets *ok = 1. */
double newton_nth_root(double x, unsigned n, int *ok);
/* Reciprocal square root 1/sqrt(x) for x > 0 via Newton iteration on f(y) = 1/y^2 - x. */
double newton_rsqrt(double x);

#endif
