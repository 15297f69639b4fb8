#include "solution.h"

static uint64_t gcd(uint64_t a, uint64_t b) {
  while (b != 0) {
    uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

bool binom_u64(uint64_t n, uint64_t k, uint64_t *out) {
  if (k > n) {
    *out = 0;
    return true;
  }
  if (k > n - k) k = n - k;
  uint64_t r = 1;
  for (uint64_t i = 1; i <= k; i++) {
    /* r = C(n-k+i-1, i-1); next is r * (n-k+i) / i, which is an integer */
    uint64_t num = n - k + i, den = i;
    uint64_t g = gcd(r, den);
    r /= g;
    den /= g;
    g = gcd(num, den);
    num /= g;
    den /= g; /* now den == 1 */
    if (num != 0 && r > UINT64_MAX / num) return false;
    r = r * num / den;
  }
  *out = r;
  return true;
}

bool catalan_u64(unsigned n, uint64_t *out) {
  /* C_n = C(2n, n) / (n+1) computed as C(2n, n) - C(2n, n+1) to stay in range longer */
  uint64_t a, b;
  if (!binom_u64(2ull * n, n, &a)) {
    /* fall back to the recurrence C_{i+1} = C_i * 2(2i+1)/(i+2) with gcd reduction */
    uint64_t c = 1;
    for (uint64_t i = 0; i < n; i++) {
      uint64_t num = 2 * (2 * i + 1), den = i + 2;
      uint64_t g = gcd(c, den);
      c /= g;
      den /= g;
      num /= den; /* den divides num after reduction */
      if (c > UINT64_MAX / num) return false;
      c *= num;
    }
    *out = c;
    return true;
  }
  if (!binom_u64(2ull * n, n + 1ull, &b)) return false;
  *out = a - b;
  return true;
}

bool multinomial_u64(const unsigned *k, unsigned m, uint64_t *out) {
  uint64_t total = 0, r = 1;
  for (unsigned i = 0; i < m; i++) {
    total += k[i];
    uint64_t c;
    if (!binom_u64(total, k[i], &c)) return false;
    if (c != 0 && r > UINT64_MAX / c) return false;
    r *= c;
  }
  *out = r;
  return true;
}
