#include "solution.h"

static unsigned trailing_zeros(uint64_t x) {
  unsigned n = 0;
  while ((x & 1u) == 0) {
    x >>= 1;
    n++;
  }
  return n;
}

uint64_t gcd_u64(uint64_t a, uint64_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  unsigned za = trailing_zeros(a);
  unsigned zb = trailing_zeros(b);
  unsigned shift = za < zb ? za : zb;
  a >>= za;
  do {
    b >>= trailing_zeros(b);
    if (a > b) {
      uint64_t t = a;
      a = b;
      b = t;
    }
    b -= a;
  } while (b != 0);
  return a << shift;
}

static uint64_t magnitude(int64_t v) {
  return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

uint64_t gcd_i64(int64_t a, int64_t b) { return gcd_u64(magnitude(a), magnitude(b)); }

bool lcm_u64(uint64_t a, uint64_t b, uint64_t *out) {
  if (a == 0 || b == 0) {
    *out = 0;
    return true;
  }
  uint64_t q = a / gcd_u64(a, b);
  if (q > UINT64_MAX / b) return false;
  *out = q * b;
  return true;
}

uint64_t gcd_array(const uint64_t *v, size_t n) {
  uint64_t g = 0;
  for (size_t i = 0; i < n; i++) {
    g = gcd_u64(g, v[i]);
    if (g == 1) break;
  }
  return g;
}

bool lcm_array(const uint64_t *v, size_t n, uint64_t *out) {
  uint64_t acc = 1;
  for (size_t i = 0; i < n; i++) {
    if (!lcm_u64(acc, v[i], &acc)) return false;
  }
  *out = acc;
  return true;
}
