#include "solution.h"
#include <stdlib.h>

uint64_t sigma_u64(uint64_t n) {
  if (n == 0) return 0;
  uint64_t result = 1;
  for (uint64_t p = 2; p * p <= n; p += (p == 2 ? 1 : 2)) {
    if (n % p != 0) continue;
    /* multiply by 1 + p + p^2 + ... + p^e */
    uint64_t term = 1, power = 1;
    while (n % p == 0) {
      n /= p;
      power *= p;
      term += power;
    }
    result *= term;
  }
  if (n > 1) result *= n + 1;
  return result;
}

uint64_t aliquot_sum(uint64_t n) { return n <= 1 ? 0 : sigma_u64(n) - n; }

num_class classify_number(uint64_t n) {
  uint64_t s = aliquot_sum(n);
  if (s < n) return NUM_DEFICIENT;
  return s == n ? NUM_PERFECT : NUM_ABUNDANT;
}

bool is_amicable(uint64_t n) {
  uint64_t m = aliquot_sum(n);
  return m != n && m > 1 && aliquot_sum(m) == n;
}

size_t scan_divisor_sums(uint32_t limit, uint64_t *perfect, size_t cap, uint32_t *abundant_count) {
  uint64_t *sum = calloc((size_t)limit + 1, sizeof *sum);
  if (sum == NULL) return SIZE_MAX;
  for (uint64_t d = 1; d <= limit / 2; d++)
    for (uint64_t m = 2 * d; m <= limit; m += d) sum[m] += d;
  size_t found = 0;
  uint32_t abundant = 0;
  for (uint64_t n = 1; n <= limit; n++) {
    if (sum[n] == n) {
      if (found < cap) perfect[found] = n;
      found++;
    } else if (sum[n] > n) {
      abundant++;
    }
  }
  free(sum);
  *abundant_count = abundant;
  return found;
}
