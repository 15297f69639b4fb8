#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0xDEADBEEFCAFEF00Dull;
static uint64_t xorshift64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static int64_t ref_gcd(int64_t a, int64_t b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b) {
    int64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

int main(void) {
  int64_t x, y, g;
  g = ext_gcd(240, 46, &x, &y);
  CHECK(g == 2 && 240 * x + 46 * y == 2);
  g = ext_gcd(0, 0, &x, &y);
  CHECK(g == 0);
  g = ext_gcd(0, 7, &x, &y);
  CHECK(g == 7 && 7 * y == 7);
  g = ext_gcd(-7, 0, &x, &y);
  CHECK(g == 7 && -7 * x == 7);
  g = ext_gcd(-12, -18, &x, &y);
  CHECK(g == 6 && -12 * x + -18 * y == 6);
  for (int i = 0; i < 5000; i++) {
    int64_t a = (int64_t)(xorshift64() % 2000000001ull) - 1000000000;
    int64_t b = (int64_t)(xorshift64() % 2000000001ull) - 1000000000;
    if (i % 10 == 0) b = a * (int64_t)(xorshift64() % 7); /* multiples */
    g = ext_gcd(a, b, &x, &y);
    CHECK(g == ref_gcd(a, b));
    CHECK(a * x + b * y == g);
    /* Bezout coefficients are small */
    CHECK(x <= 1000000000 && x >= -1000000000 && y <= 1000000000 && y >= -1000000000);
  }
  /* near the documented limit */
  int64_t big = (INT64_C(1) << 61) + 1, big2 = (INT64_C(1) << 61) - 1;
  g = ext_gcd(big, big2, &x, &y);
  CHECK(g == 1);

  int64_t inv = -1;
  CHECK(mod_inverse(3, 11, &inv) && inv == 4);
  CHECK(mod_inverse(-3, 11, &inv) && inv == 7);
  CHECK(mod_inverse(10, 17, &inv) && inv == 12);
  CHECK(!mod_inverse(6, 9, &inv));
  CHECK(!mod_inverse(0, 5, &inv));
  CHECK(mod_inverse(5, 1, &inv) && inv == 0);
  CHECK(mod_inverse(2, 1000000007, &inv) && inv == 500000004);
  for (int64_t m = 2; m < 300; m++) {
    for (int64_t a = -20; a < 300; a++) {
      bool ok = mod_inverse(a, m, &inv);
      int64_t an = ((a % m) + m) % m;
      if (ref_gcd(an, m) == 1) {
        CHECK(ok && inv >= 0 && inv < m && (an * inv) % m == 1);
      } else {
        CHECK(!ok);
      }
    }
  }

  int64_t r1[] = {2, 3, 2}, m1[] = {3, 5, 7}, sol, l;
  CHECK(crt_solve(r1, m1, 3, &sol, &l) && sol == 23 && l == 105);
  int64_t r2[] = {1, 3}, m2[] = {4, 6};
  CHECK(crt_solve(r2, m2, 2, &sol, &l) && sol == 9 && l == 12);
  int64_t r3[] = {1, 2}, m3[] = {4, 6};
  CHECK(!crt_solve(r3, m3, 2, &sol, &l));
  CHECK(crt_solve(r1, m1, 0, &sol, &l) && sol == 0 && l == 1);
  int64_t r4[] = {-1}, m4[] = {10};
  CHECK(crt_solve(r4, m4, 1, &sol, &l) && sol == 9 && l == 10);
  int64_t r5[] = {0, 0}, m5[] = {65536, 65537};
  CHECK(!crt_solve(r5, m5, 2, &sol, &l)); /* lcm > 2^31 */
  /* random consistent systems: pick x, derive residues, check the smallest solution */
  for (int it = 0; it < 2000; it++) {
    int n = (int)(xorshift64() % 4) + 1;
    int64_t rr[4], mm[4], lcm = 1;
    bool fits = true;
    for (int i = 0; i < n; i++) {
      mm[i] = (int64_t)(xorshift64() % 60) + 1;
      int64_t gg = ref_gcd(lcm, mm[i]);
      lcm = lcm / gg * mm[i];
    }
    if (lcm > (INT64_C(1) << 31)) fits = false;
    int64_t target = (int64_t)(xorshift64() % 1000000);
    for (int i = 0; i < n; i++) rr[i] = target % mm[i] - (int64_t)(xorshift64() % 3) * mm[i];
    bool ok = crt_solve(rr, mm, n, &sol, &l);
    CHECK(ok == fits);
    if (ok) {
      CHECK(l == lcm && sol == target % lcm);
    }
  }
  return 0;
}
