#include <math.h>
#include "check.h"
#include "solution.h"

static const double PI = 3.14159265358979323846;

#define CHECK_CNEAR(z, a, b, tol) \
  do {                            \
    cplx z_ = (z);                \
    CHECK_NEAR(z_.re, (a), tol);  \
    CHECK_NEAR(z_.im, (b), tol);  \
  } while (0)

int main(void) {
  cplx i = cplx_make(0.0, 1.0), one = cplx_make(1.0, 0.0);
  cplx sq = cplx_mul(i, i);
  CHECK(sq.re == -1.0 && sq.im == 0.0);
  cplx a = cplx_make(3.0, 4.0), b = cplx_make(1.0, -2.0);
  CHECK(cplx_abs(a) == 5.0);
  cplx s = cplx_add(a, b);
  CHECK(s.re == 4.0 && s.im == 2.0);
  s = cplx_sub(a, b);
  CHECK(s.re == 2.0 && s.im == 6.0);
  s = cplx_mul(a, b);
  CHECK(s.re == 11.0 && s.im == -2.0);
  CHECK_CNEAR(cplx_div(a, b), -1.0, 2.0, 1e-15);
  CHECK_CNEAR(cplx_div(s, b), 3.0, 4.0, 1e-15);
  CHECK_CNEAR(cplx_div(one, i), 0.0, -1.0, 1e-15);
  s = cplx_conj(a);
  CHECK(s.re == 3.0 && s.im == -4.0);
  CHECK(cplx_abs(cplx_make(0.0, 0.0)) == 0.0);
  CHECK_NEAR(cplx_abs(cplx_make(1e200, 1e200)), 1.4142135623730951e200, 1e-15);   /* no overflow */
  CHECK_NEAR(cplx_abs(cplx_make(-3e-200, 4e-200)), 5e-200, 1e-15);               /* no underflow */
  CHECK_CNEAR(cplx_div(cplx_make(1e300, 1e300), cplx_make(1e300, 1e300)), 1.0, 0.0, 1e-15);
  CHECK_CNEAR(cplx_div(cplx_make(1e-300, 0.0), cplx_make(0.0, 1e-300)), 0.0, -1.0, 1e-15);
  CHECK_NEAR(cplx_arg(i), PI / 2, 1e-15);
  CHECK_NEAR(cplx_arg(cplx_make(-1.0, 0.0)), PI, 1e-15);

  /* Euler's identity */
  CHECK_CNEAR(cplx_exp(cplx_make(0.0, PI)), -1.0, 0.0, 1e-15);
  CHECK_CNEAR(cplx_exp(cplx_make(1.0, 0.0)), exp(1.0), 0.0, 1e-15);
  /* powers of (1+i): (1+i)^8 = 16 */
  cplx w = cplx_make(1.0, 1.0);
  s = cplx_pow_int(w, 8);
  CHECK(s.re == 16.0 && s.im == 0.0);
  s = cplx_pow_int(w, 0);
  CHECK(s.re == 1.0 && s.im == 0.0);
  CHECK_CNEAR(cplx_pow_int(w, -2), 0.0, -0.5, 1e-15);
  CHECK_CNEAR(cplx_pow_int(i, 4001), 0.0, 1.0, 1e-15);
  CHECK_CNEAR(cplx_pow_int(i, -3), 0.0, 1.0, 1e-15);
  /* de Moivre: compare with polar form, and with repeated multiplication */
  for (int n = -20; n <= 20; n++) {
    cplx z = cplx_from_polar(1.05, 0.3);
    cplx p = cplx_pow_int(z, n);
    CHECK_NEAR(cplx_abs(p), pow(1.05, n), 1e-13);
    CHECK_NEAR(p.re, pow(1.05, n) * cos(0.3 * n), 1e-13);
    CHECK_NEAR(p.im, pow(1.05, n) * sin(0.3 * n), 1e-13);
    if (n >= 0) {
      cplx q = one;
      for (int k = 0; k < n; k++) q = cplx_mul(q, z);
      CHECK_CNEAR(p, q.re, q.im, 1e-13);
    }
  }
  CHECK_CNEAR(cplx_pow_int(i, -2147483647 - 1), 1.0, 0.0, 1e-15); /* INT_MIN exponent: i^(4k) == 1 */
  CHECK_CNEAR(cplx_pow_int(cplx_make(-1.0, 0.0), 2147483647), -1.0, 0.0, 1e-15);

  /* field identities on a grid */
  for (int x = -3; x <= 3; x++)
    for (int y = -3; y <= 3; y++) {
      if (x == 0 && y == 0) continue;
      cplx z = cplx_make(x * 0.7, y * 1.3), u = cplx_make(y + 0.5, x - 0.25);
      CHECK_CNEAR(cplx_mul(cplx_div(u, z), z), u.re, u.im, 1e-14);
      cplx zc = cplx_mul(z, cplx_conj(z));
      CHECK_NEAR(zc.re, cplx_abs(z) * cplx_abs(z), 1e-14);
      CHECK_NEAR(zc.im, 0.0, 1e-15);
    }

  CHECK(mandelbrot_escape(cplx_make(0.0, 0.0), 1000) == 1000);
  CHECK(mandelbrot_escape(cplx_make(-1.0, 0.0), 1000) == 1000);   /* period-2 cycle */
  CHECK(mandelbrot_escape(cplx_make(-0.1, 0.1), 1000) == 1000);
  CHECK(mandelbrot_escape(cplx_make(3.0, 0.0), 1000) == 1);
  CHECK(mandelbrot_escape(cplx_make(1.0, 0.0), 1000) == 3);       /* 1, 2, 5 */
  CHECK(mandelbrot_escape(cplx_make(0.0, 2.0), 1000) == 2);       /* 2i, -4+2i */
  CHECK(mandelbrot_escape(cplx_make(0.5, 0.0), 100) == 5);        /* .5 .75 1.0625 1.62890625 3.153... */
  CHECK(mandelbrot_escape(cplx_make(0.0, 0.0), 0) == 0);
  int inside = 0;
  for (int px = 0; px < 40; px++)
    for (int py = 0; py < 40; py++) {
      /* coarse grid avoiding points near the boundary is not practical, so only check the
         sum is within a broad known range (area ~1.506 of a 3x3 box -> ~16.7% of points) */
      cplx c = cplx_make(-2.0 + 3.0 * px / 40.0, -1.5 + 3.0 * py / 40.0);
      if (mandelbrot_escape(c, 200) == 200) inside++;
    }
  CHECK(inside > 200 && inside < 360);

  cplx roots[12];
  for (int n = 1; n <= 12; n++) {
    roots_of_unity(n, roots);
    cplx sum = cplx_make(0.0, 0.0);
    for (int k = 0; k < n; k++) {
      CHECK_CNEAR(cplx_pow_int(roots[k], n), 1.0, 0.0, 1e-13);
      CHECK_NEAR(cplx_abs(roots[k]), 1.0, 1e-15);
      sum = cplx_add(sum, roots[k]);
    }
    CHECK_NEAR(sum.re, n == 1 ? 1.0 : 0.0, 1e-13);
    CHECK_NEAR(sum.im, 0.0, 1e-13);
  }
  return 0;
}
