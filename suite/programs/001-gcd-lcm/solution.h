#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Binary (Stein's) GCD of two unsigned 64-bit values; gcd(0, 0) == 0. */
uint64_t gcd_u64(uint64_t a, uint64_t b);
/* GCD of the magnitudes of two signed values (well defined for INT64_MIN). */
uint64_t gcd_i64(int64_t a, int64_t b);
/* LCM; returns false (and leaves *out untouched) if the result does not fit. lcm(x, 0) == 0. */
bool lcm_u64(uint64_t a, uint64_t b, uint64_t *out);
/* GCD of an array (0 for an empty array). */
uint64_t gcd_array(const uint64_t *v, size_t n);
/* LCM of an array (1 for an empty array); false on overflow. */
bool lcm_array(const uint64_t *v, size_t n, uint64_t *out);

#endif
