#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { NUM_DEFICIENT = -1, NUM_PERFECT = 0, NUM_ABUNDANT = 1 } num_class;

/* Sum of all positive divisors of n (n >= 1, n < 2^40 so the result fits). sigma(0) == 0. */
uint64_t sigma_u64(uint64_t n);
/* Sum of proper divisors (sigma(n) - n); 0 for n <= 1. */
uint64_t aliquot_sum(uint64_t n);
num_class classify_number(uint64_t n); /* n >= 1 */
bool is_amicable(uint64_t n);          /* n has a partner m != n with s(n)=m, s(m)=n */
/* Uses a divisor-sum sieve to count abundant numbers in [1, limit] and store the perfect
 * ones (at most cap). Returns the number of perfect numbers found, or SIZE_MAX on OOM. */
size_t scan_divisor_sums(uint32_t limit, uint64_t *perfect, size_t cap, uint32_t *abundant_count);

#endif
