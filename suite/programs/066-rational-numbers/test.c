#include "check.h"
#include "solution.h"

static unsigned rng_state = 55555u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static struct rational R(long long n, long long d) {
  struct rational r;
  CHECK(rat_make(n, d, &r));
  return r;
}

static int is_reduced(struct rational r) {
  long long a = r.num < 0 ? -r.num : r.num, b = r.den;
  while (b) { long long t = a % b; a = b; b = t; }
  return r.den > 0 && a == 1 && (r.num != 0 || r.den == 1);
}

int main(void) {
  struct rational r, z;
  CHECK(!rat_make(1, 0, &r));
  r = R(6, -8);
  CHECK(r.num == -3 && r.den == 4);
  r = R(0, -5);
  CHECK(r.num == 0 && r.den == 1);
  r = R(-10, -4);
  CHECK(r.num == 5 && r.den == 2);

  /* harmonic numbers */
  struct rational h = R(0, 1);
  for (int k = 1; k <= 10; k++) h = rat_add(h, R(1, k));
  CHECK(h.num == 7381 && h.den == 2520);
  for (int k = 11; k <= 20; k++) h = rat_add(h, R(1, k));
  CHECK(h.num == 55835135 && h.den == 15519504);
  CHECK_NEAR(rat_to_double(h), 3.597739657143682, 1e-12);

  r = rat_mul(R(2, 3), R(9, 4));
  CHECK(r.num == 3 && r.den == 2);
  r = rat_sub(R(1, 2), R(1, 2));
  CHECK(r.num == 0 && r.den == 1);
  CHECK(rat_div(R(1, 2), R(-1, 4), &r) && r.num == -2 && r.den == 1);
  CHECK(!rat_div(R(1, 2), R(0, 3), &r));
  CHECK(rat_cmp(R(1, 3), R(1, 2)) < 0);
  CHECK(rat_cmp(R(-1, 2), R(-1, 3)) < 0);
  CHECK(rat_cmp(R(2, 4), R(1, 2)) == 0);
  CHECK(rat_floor(R(7, 2)) == 3);
  CHECK(rat_floor(R(-7, 2)) == -4);
  CHECK(rat_floor(R(-6, 2)) == -3);
  CHECK(rat_floor(R(0, 9)) == 0);

  long long cf[20];
  CHECK(rat_continued_fraction(R(415, 93), cf, 20) == 4);
  CHECK(cf[0] == 4 && cf[1] == 2 && cf[2] == 6 && cf[3] == 7);
  CHECK(rat_continued_fraction(R(-7, 3), cf, 20) == 3);
  CHECK(cf[0] == -3 && cf[1] == 1 && cf[2] == 2);
  CHECK(rat_continued_fraction(R(5, 1), cf, 20) == 1 && cf[0] == 5);
  CHECK(rat_continued_fraction(R(415, 93), cf, 2) == 2);

  /* product of (1 + 1/k) for k = 1..n telescopes to n + 1 */
  struct rational p = R(1, 1);
  for (int k = 1; k <= 1000; k++) p = rat_mul(p, rat_add(R(1, 1), R(1, k)));
  CHECK(p.num == 1001 && p.den == 1);

  for (int iter = 0; iter < 6000; iter++) {
    long long an = (long long)(rnd() % 20001) - 10000, ad = (long long)(rnd() % 10000) + 1;
    long long bn = (long long)(rnd() % 20001) - 10000, bd = (long long)(rnd() % 10000) + 1;
    if (rnd() % 2) ad = -ad;
    struct rational a = R(an, ad), b = R(bn, bd);
    CHECK(is_reduced(a) && is_reduced(b));
    CHECK(a.num * ad == an * a.den); /* same value */
    struct rational s = rat_add(a, b), d = rat_sub(a, b), m = rat_mul(a, b);
    CHECK(is_reduced(s) && is_reduced(d) && is_reduced(m));
    /* unreduced reference values compared by cross multiplication (fits: < 2^62) */
    CHECK(s.num * (ad * bd) == (an * bd + bn * ad) * s.den);
    CHECK(d.num * (ad * bd) == (an * bd - bn * ad) * d.den);
    CHECK(m.num * (ad * bd) == (an * bn) * m.den);
    CHECK(rat_cmp(rat_add(d, b), a) == 0);
    if (b.num != 0) {
      CHECK(rat_div(a, b, &z));
      CHECK(is_reduced(z));
      CHECK(rat_cmp(rat_mul(z, b), a) == 0);
    }
    double da = (double)an / (double)ad, db = (double)bn / (double)bd;
    int c = rat_cmp(a, b);
    CHECK(c == (da > db) - (da < db));
    CHECK_NEAR(rat_to_double(s), da + db, 1e-12);
    long long f = rat_floor(a);
    CHECK((double)f <= da && da < (double)f + 1.0);
    /* continued fraction re-evaluates to a */
    int k = rat_continued_fraction(a, cf, 20);
    CHECK(k >= 1 && k < 20);
    struct rational back = R(cf[k - 1], 1);
    for (int i = k - 2; i >= 0; i--) {
      struct rational inv;
      CHECK(rat_div(R(1, 1), back, &inv));
      back = rat_add(R(cf[i], 1), inv);
    }
    CHECK(back.num == a.num && back.den == a.den);
  }
  return 0;
}
