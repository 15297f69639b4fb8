#include <math.h>
#include "check.h"
#include "solution.h"

static const double PI = 3.14159265358979323846;

static double f_sin(double x, void *ctx) { (void)ctx; return sin(x); }
static double f_exp(double x, void *ctx) { (void)ctx; return exp(x); }
static double f_inv(double x, void *ctx) { (void)ctx; return 1.0 / x; }
static double f_gauss(double x, void *ctx) { (void)ctx; return exp(-x * x); }
static double f_sqrt(double x, void *ctx) { (void)ctx; return sqrt(x); }
static double f_poly(double x, void *ctx) { /* coefficients of a cubic in ctx */
  const double *c = ctx;
  return ((c[3] * x + c[2]) * x + c[1]) * x + c[0];
}
static double f_counted(double x, void *ctx) {
  unsigned *n = ctx;
  (*n)++;
  return x * x;
}
static double f_quarter_circle(double x, void *ctx) { (void)ctx; double y = 1.0 - x * x; return y > 0 ? sqrt(y) : 0.0; }

int main(void) {
  /* Simpson is exact for cubics */
  double cubic[] = {1.0, -2.0, 3.0, 4.0}; /* integral over [0,2]: 2 - 4 + 8 + 16 = 22 */
  CHECK_NEAR(integrate_simpson(f_poly, cubic, 0.0, 2.0, 2), 22.0, 1e-14);
  CHECK_NEAR(integrate_simpson(f_poly, cubic, 0.0, 2.0, 1), 22.0, 1e-14); /* rounded up to 2 */
  CHECK_NEAR(integrate_simpson(f_poly, cubic, 2.0, 0.0, 10), -22.0, 1e-13);
  /* trapezoid is exact for lines */
  double line[] = {3.0, 0.5, 0.0, 0.0};
  CHECK_NEAR(integrate_trapezoid(f_poly, line, -1.0, 3.0, 1), 14.0, 1e-14);
  CHECK_NEAR(integrate_trapezoid(f_poly, line, 1.0, 1.0, 5), 0.0, 1e-15);

  CHECK_NEAR(integrate_simpson(f_sin, NULL, 0.0, PI, 100), 2.0, 1e-7);
  CHECK_NEAR(integrate_trapezoid(f_sin, NULL, 0.0, PI, 1000), 2.0, 2e-6);
  CHECK_NEAR(integrate_simpson(f_exp, NULL, 0.0, 1.0, 50), exp(1.0) - 1.0, 1e-9);
  CHECK_NEAR(integrate_simpson(f_inv, NULL, 1.0, exp(1.0), 200), 1.0, 1e-9);

  /* convergence orders: trapezoid error ~ h^2, Simpson ~ h^4 */
  double e1 = fabs(integrate_trapezoid(f_exp, NULL, 0.0, 1.0, 16) - (exp(1.0) - 1.0));
  double e2 = fabs(integrate_trapezoid(f_exp, NULL, 0.0, 1.0, 32) - (exp(1.0) - 1.0));
  CHECK(e1 / e2 > 3.9 && e1 / e2 < 4.1);
  double s1 = fabs(integrate_simpson(f_exp, NULL, 0.0, 1.0, 8) - (exp(1.0) - 1.0));
  double s2 = fabs(integrate_simpson(f_exp, NULL, 0.0, 1.0, 16) - (exp(1.0) - 1.0));
  CHECK(s1 / s2 > 15.0 && s1 / s2 < 17.0);

  unsigned evals = 0;
  double g = integrate_adaptive(f_gauss, NULL, -6.0, 6.0, 1e-10, 40, &evals);
  CHECK_NEAR(g, sqrt(PI), 1e-9);
  CHECK(evals > 5 && evals < 5000);
  CHECK_NEAR(integrate_adaptive(f_sqrt, NULL, 0.0, 1.0, 1e-9, 50, NULL), 2.0 / 3.0, 1e-8);
  CHECK_NEAR(4.0 * integrate_adaptive(f_quarter_circle, NULL, 0.0, 1.0, 1e-10, 50, NULL), PI, 1e-8);
  /* depth limit 0: plain Simpson on two halves with Richardson correction */
  CHECK_NEAR(integrate_adaptive(f_poly, cubic, 0.0, 2.0, 1e-12, 0, &evals), 22.0, 1e-13);
  CHECK(evals == 5);

  unsigned calls = 0;
  CHECK_NEAR(integrate_simpson(f_counted, &calls, 0.0, 3.0, 10), 9.0, 1e-13);
  CHECK(calls == 11);
  calls = 0;
  CHECK_NEAR(integrate_trapezoid(f_counted, &calls, 0.0, 3.0, 7), 9.0, 0.1);
  CHECK(calls == 8);
  calls = 0;
  CHECK_NEAR(integrate_romberg(f_counted, &calls, 0.0, 3.0, 5), 9.0, 1e-13);
  CHECK(calls == 17); /* 2^(rows-1) + 1 points */

  CHECK_NEAR(integrate_romberg(f_sin, NULL, 0.0, PI, 10), 2.0, 1e-13);
  CHECK_NEAR(integrate_romberg(f_exp, NULL, -1.0, 2.0, 8), exp(2.0) - exp(-1.0), 1e-12);
  CHECK_NEAR(integrate_romberg(f_gauss, NULL, 0.0, 3.0, 12), 0.886207348259521, 1e-12); /* erf(3)*sqrt(pi)/2 */
  CHECK_NEAR(integrate_romberg(f_poly, line, 0.0, 1.0, 1), 3.25, 1e-15);

  /* integrals of cubics with random coefficients against the antiderivative */
  for (int i = 0; i < 50; i++) {
    double c[4] = {i * 0.5 - 3.0, (i % 7) - 3.0, (i % 5) * 0.25, (i % 3) - 1.0};
    double a = -1.0 - (i % 4), b = 0.5 * (i % 9);
    double F_b = ((c[3] / 4 * b + c[2] / 3) * b + c[1] / 2) * b * b + c[0] * b;
    double F_a = ((c[3] / 4 * a + c[2] / 3) * a + c[1] / 2) * a * a + c[0] * a;
    CHECK_NEAR(integrate_simpson(f_poly, c, a, b, 4), F_b - F_a, 1e-11);
    CHECK_NEAR(integrate_romberg(f_poly, c, a, b, 3), F_b - F_a, 1e-11);
    CHECK_NEAR(integrate_adaptive(f_poly, c, a, b, 1e-12, 10, NULL), F_b - F_a, 1e-11);
  }
  return 0;
}
