#include "solution.h"

static uint64_t addmod(uint64_t a, uint64_t b, uint64_t m) {
  /* a, b < m */
  return a >= m - b ? a - (m - b) : a + b;
}

uint64_t mulmod_u64(uint64_t a, uint64_t b, uint64_t m) {
  a %= m;
  b %= m;
  if (m <= UINT32_MAX + 1ull && a <= UINT32_MAX && b <= UINT32_MAX) return (a * b) % m;
  uint64_t result = 0;
  while (b != 0) {
    if (b & 1u) result = addmod(result, a, m);
    a = addmod(a, a, m);
    b >>= 1;
  }
  return result;
}

uint64_t powmod_u64(uint64_t base, uint64_t exp, uint64_t m) {
  uint64_t result = 1 % m;
  base %= m;
  while (exp != 0) {
    if (exp & 1u) result = mulmod_u64(result, base, m);
    base = mulmod_u64(base, base, m);
    exp >>= 1;
  }
  return result;
}

static bool witness_passes(uint64_t n, uint64_t a, uint64_t d, unsigned s) {
  uint64_t x = powmod_u64(a, d, n);
  if (x == 1 || x == n - 1) return true;
  for (unsigned r = 1; r < s; r++) {
    x = mulmod_u64(x, x, n);
    if (x == n - 1) return true;
  }
  return false;
}

bool is_prime_u64(uint64_t n) {
  static const uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
  if (n < 2) return false;
  for (unsigned i = 0; i < sizeof bases / sizeof bases[0]; i++) {
    if (n == bases[i]) return true;
    if (n % bases[i] == 0) return false;
  }
  uint64_t d = n - 1;
  unsigned s = 0;
  while ((d & 1u) == 0) {
    d >>= 1;
    s++;
  }
  for (unsigned i = 0; i < sizeof bases / sizeof bases[0]; i++) {
    if (!witness_passes(n, bases[i], d, s)) return false;
  }
  return true;
}
