#include "solution.h"

bool fib_u64(unsigned n, uint64_t *out) {
  uint64_t a = 0, b = 1;
  for (unsigned i = 0; i < n; i++) {
    if (b > UINT64_MAX - a) {
      if (i + 1 == n) {
        *out = b;
        return true;
      }
      return false;
    }
    uint64_t t = a + b;
    a = b;
    b = t;
  }
  *out = a;
  return true;
}

/* computes (F(n) mod m, F(n+1) mod m) */
static void fib_pair(uint64_t n, uint64_t m, uint64_t *fn, uint64_t *fn1) {
  uint64_t a = 0, b = 1 % m; /* F(0), F(1) */
  int top = 63;
  while (top >= 0 && ((n >> top) & 1u) == 0) top--;
  for (int bit = top; bit >= 0; bit--) {
    /* (a, b) = (F(k), F(k+1))  ->  (F(2k), F(2k+1)) */
    uint64_t twice_b_minus_a = (2 * b + m - a) % m;
    uint64_t c = a * twice_b_minus_a % m;
    uint64_t d = (a * a % m + b * b % m) % m;
    if ((n >> bit) & 1u) {
      a = d;
      b = (c + d) % m;
    } else {
      a = c;
      b = d;
    }
  }
  *fn = a;
  *fn1 = b;
}

uint64_t fib_mod(uint64_t n, uint64_t m) {
  uint64_t f, g;
  fib_pair(n, m, &f, &g);
  return f;
}

uint64_t pisano_period(uint64_t m) {
  if (m == 1) return 1;
  if (m > (1ull << 26)) return 0;
  uint64_t a = 0, b = 1;
  /* the period never exceeds 6m */
  for (uint64_t i = 1; i <= 6 * m; i++) {
    uint64_t t = (a + b) % m;
    a = b;
    b = t;
    if (a == 0 && b == 1) return i;
  }
  return 0;
}
