#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stdint.h>

/* Extended Euclid for |a|, |b| < 2^62: returns g = gcd(|a|,|b|) >= 0 and x, y with a*x + b*y == g. */
int64_t ext_gcd(int64_t a, int64_t b, int64_t *x, int64_t *y);
/* Inverse of a modulo m (m >= 1, m < 2^62), in [0, m); false if gcd(a, m) != 1. */
bool mod_inverse(int64_t a, int64_t m, int64_t *inv);
/* Solves x == r[i] (mod m[i]) for i < n with pairwise arbitrary moduli (m[i] >= 1).
 * On success stores the smallest x >= 0 and the lcm of the moduli and returns true;
 * returns false if inconsistent or if the lcm would exceed 2^31. */
bool crt_solve(const int64_t *r, const int64_t *m, int n, int64_t *x, int64_t *lcm);

#endif
