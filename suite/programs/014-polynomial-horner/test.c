#include <math.h>
#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x1234567887654321ull;
static double rnd(void) { /* uniform in [-1, 1) */
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return (double)(x >> 11) / 4503599627370496.0 - 1.0;
}

/* reference: explicit powers */
static double naive_eval(const double *c, int n, double x) {
  double s = 0.0;
  for (int i = 0; i < n; i++) s += c[i] * pow(x, i);
  return s;
}

int main(void) {
  const double p[] = {1.0, -3.0, 0.0, 2.0}; /* 2x^3 - 3x + 1 */
  CHECK(poly_eval(p, 0, 5.0) == 0.0);
  CHECK(poly_eval(p, 1, 5.0) == 1.0);
  CHECK(poly_eval(p, 4, 0.0) == 1.0);
  CHECK(poly_eval(p, 4, 1.0) == 0.0);
  CHECK(poly_eval(p, 4, 2.0) == 11.0);
  CHECK(poly_eval(p, 4, -2.0) == -9.0);
  double v, d;
  poly_eval_deriv(p, 4, 2.0, &v, &d);
  CHECK(v == 11.0 && d == 21.0); /* 6x^2 - 3 */
  poly_eval_deriv(p, 0, 2.0, &v, &d);
  CHECK(v == 0.0 && d == 0.0);
  double dp[4];
  CHECK(poly_derivative(p, 4, dp) == 3 && dp[0] == -3.0 && dp[1] == 0.0 && dp[2] == 6.0);
  CHECK(poly_derivative(p, 1, dp) == 0);

  /* (x - 1)(x + 1) = x^2 - 1 ; (1 + x)^5 binomial */
  const double xm1[] = {-1.0, 1.0}, xp1[] = {1.0, 1.0};
  double prod[16];
  CHECK(poly_multiply(xm1, 2, xp1, 2, prod) == 3 && prod[0] == -1.0 && prod[1] == 0.0 && prod[2] == 1.0);
  CHECK(poly_multiply(xm1, 0, xp1, 2, prod) == 0);
  double acc[16] = {1.0}, tmp[16];
  size_t len = 1;
  for (int k = 0; k < 5; k++) {
    len = poly_multiply(acc, len, xp1, 2, tmp);
    for (size_t i = 0; i < len; i++) acc[i] = tmp[i];
  }
  const double binom5[] = {1, 5, 10, 10, 5, 1};
  CHECK(len == 6);
  for (int i = 0; i < 6; i++) CHECK(acc[i] == binom5[i]);

  /* synthetic division: 2x^3 - 3x + 1 = (x - 1)(2x^2 + 2x - 1) + 0 */
  double q[3];
  CHECK(poly_divide_linear(p, 4, 1.0, q) == 0.0);
  CHECK(q[0] == -1.0 && q[1] == 2.0 && q[2] == 2.0);
  CHECK(poly_divide_linear(p, 4, 2.0, q) == 11.0); /* remainder theorem */

  /* random polynomials: Horner vs naive powers, product evaluates to product of values,
     derivative against central difference, division reconstructs the polynomial */
  for (int it = 0; it < 300; it++) {
    int na = 1 + it % 9, nb = 1 + (it * 7) % 6;
    double a[9], b[6], ab[14], da[9], qa[9];
    for (int i = 0; i < na; i++) a[i] = rnd() * 10.0;
    for (int i = 0; i < nb; i++) b[i] = rnd() * 10.0;
    double x = rnd() * 2.0;
    double va = poly_eval(a, (size_t)na, x), vb = poly_eval(b, (size_t)nb, x);
    CHECK_NEAR(va, naive_eval(a, na, x), 1e-11);
    CHECK(poly_multiply(a, (size_t)na, b, (size_t)nb, ab) == (size_t)(na + nb - 1));
    CHECK_NEAR(poly_eval(ab, (size_t)(na + nb - 1), x), va * vb, 1e-10);
    size_t nd = poly_derivative(a, (size_t)na, da);
    double pv, pd;
    poly_eval_deriv(a, (size_t)na, x, &pv, &pd);
    CHECK_NEAR(pv, va, 1e-14);
    CHECK_NEAR(pd, poly_eval(da, nd, x), 1e-11);
    double h = 1e-5;
    double fd = (naive_eval(a, na, x + h) - naive_eval(a, na, x - h)) / (2 * h);
    CHECK_NEAR(pd, fd, 1e-5);
    double r = rnd();
    double rem = poly_divide_linear(a, (size_t)na, r, qa);
    CHECK_NEAR(rem, poly_eval(a, (size_t)na, r), 1e-11);
    /* a(x) == (x - r) q(x) + rem */
    CHECK_NEAR((x - r) * poly_eval(qa, (size_t)(na - 1), x) + rem, va, 1e-10);
  }

  /* Chebyshev: T_k(cos t) = cos(k t) */
  double unit[8];
  for (int k = 0; k < 8; k++) {
    for (int j = 0; j < 8; j++) unit[j] = j == k ? 1.0 : 0.0;
    for (double t = 0.0; t < 3.14; t += 0.1) CHECK_NEAR(chebyshev_eval(unit, 8, cos(t)), cos(k * t), 1e-12);
  }
  CHECK(chebyshev_eval(unit, 0, 0.3) == 0.0);
  const double cheb[] = {0.5, -1.0, 0.25, 2.0};
  for (double x = -1.0; x <= 1.0; x += 0.125) {
    double ref = 0.5 - x + 0.25 * (2 * x * x - 1) + 2.0 * (4 * x * x * x - 3 * x);
    CHECK_NEAR(chebyshev_eval(cheb, 4, x), ref, 1e-13);
  }
  return 0;
}
