#include "solution.h"
#include <stdlib.h>

uint64_t totient_u64(uint64_t n) {
  if (n == 0) return 0;
  uint64_t result = n;
  for (uint64_t p = 2; p * p <= n; p++) {
    if (n % p == 0) {
      while (n % p == 0) n /= p;
      result -= result / p;
    }
  }
  if (n > 1) result -= result / n;
  return result;
}

int totient_table(uint32_t n, uint32_t *phi) {
  uint32_t *primes = malloc(((size_t)n / 2 + 2) * sizeof *primes);
  if (primes == NULL) return -1;
  size_t count = 0;
  phi[0] = 0;
  if (n >= 1) phi[1] = 1;
  for (uint64_t i = 2; i <= n; i++) phi[i] = 0;
  for (uint64_t i = 2; i <= n; i++) {
    if (phi[i] == 0) {
      phi[i] = (uint32_t)(i - 1);
      primes[count++] = (uint32_t)i;
    }
    for (size_t j = 0; j < count; j++) {
      uint64_t p = primes[j];
      if (p * i > n) break;
      if (i % p == 0) {
        phi[p * i] = phi[i] * (uint32_t)p;
        break;
      }
      phi[p * i] = phi[i] * (uint32_t)(p - 1);
    }
  }
  free(primes);
  return 0;
}

uint64_t totient_summatory(uint32_t n) {
  uint32_t *phi = malloc(((size_t)n + 1) * sizeof *phi);
  if (phi == NULL) return 0;
  if (totient_table(n, phi) != 0) {
    free(phi);
    return 0;
  }
  uint64_t s = 0;
  for (size_t i = 1; i <= n; i++) s += phi[i];
  free(phi);
  return s;
}
