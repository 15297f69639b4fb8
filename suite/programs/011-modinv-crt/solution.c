#include "solution.h"

int64_t ext_gcd(int64_t a, int64_t b, int64_t *x, int64_t *y) {
  int64_t old_r = a, r = b;
  int64_t old_s = 1, s = 0;
  int64_t old_t = 0, t = 1;
  while (r != 0) {
    int64_t q = old_r / r;
    int64_t tmp = old_r - q * r;
    old_r = r;
    r = tmp;
    tmp = old_s - q * s;
    old_s = s;
    s = tmp;
    tmp = old_t - q * t;
    old_t = t;
    t = tmp;
  }
  if (old_r < 0) {
    old_r = -old_r;
    old_s = -old_s;
    old_t = -old_t;
  }
  *x = old_s;
  *y = old_t;
  return old_r;
}

static int64_t norm_mod(int64_t a, int64_t m) {
  int64_t r = a % m;
  return r < 0 ? r + m : r;
}

bool mod_inverse(int64_t a, int64_t m, int64_t *inv) {
  int64_t x, y;
  int64_t g = ext_gcd(norm_mod(a, m), m, &x, &y);
  if (g != 1) {
    if (m == 1) {
      *inv = 0;
      return true;
    }
    return false;
  }
  *inv = norm_mod(x, m);
  return true;
}

bool crt_solve(const int64_t *r, const int64_t *m, int n, int64_t *x, int64_t *lcm) {
  int64_t cur = 0, mod = 1; /* invariant: solution set is cur + k*mod, mod <= 2^31 */
  for (int i = 0; i < n; i++) {
    int64_t mi = m[i], ri = norm_mod(r[i], mi);
    int64_t p, q;
    int64_t g = ext_gcd(mod, mi, &p, &q);
    int64_t diff = ri - cur;
    if (diff % g != 0) return false;
    int64_t step = mi / g;
    if (mod > (INT64_C(1) << 31) / step) return false;
    /* cur + mod * k == ri (mod mi)  ->  k == (diff/g) * p (mod mi/g) */
    int64_t k = norm_mod(norm_mod(diff / g, step) * norm_mod(p, step), step);
    cur += mod * k;
    mod *= step;
    cur = norm_mod(cur, mod);
  }
  *x = cur;
  *lcm = mod;
  return true;
}
