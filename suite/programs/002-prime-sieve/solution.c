#include "solution.h"
#include <stdlib.h>

size_t sieve_primes(uint32_t limit, uint32_t *out, size_t cap) {
  if (limit < 2) return 0;
  /* odd-only sieve: index i represents 2*i+1 */
  size_t half = (size_t)limit / 2 + 1;
  unsigned char *composite = calloc(half, 1);
  if (composite == NULL) return 0;
  size_t count = 0;
  if (count < cap) out[count] = 2;
  count++;
  for (size_t i = 1; i < half; i++) {
    uint64_t p = 2 * (uint64_t)i + 1;
    if (p > limit) break;
    if (composite[i]) continue;
    if (count < cap) out[count] = (uint32_t)p;
    count++;
    for (uint64_t m = p * p; m <= limit; m += 2 * p) composite[m / 2] = 1;
  }
  free(composite);
  return count;
}

bool is_prime_u32(uint32_t n) {
  if (n < 2) return false;
  if (n < 4) return true;
  if (n % 2 == 0 || n % 3 == 0) return false;
  for (uint64_t d = 5; d * d <= n; d += 6) {
    if (n % d == 0 || n % (d + 2) == 0) return false;
  }
  return true;
}

uint32_t next_prime_u32(uint32_t n) {
  for (uint64_t c = n; c <= UINT32_MAX; c++) {
    if (is_prime_u32((uint32_t)c)) return (uint32_t)c;
  }
  return 0;
}
