#include <math.h>
#include "check.h"
#include "solution.h"

static double sq2(double x, void *c) { (void)c; return x * x - 2.0; }
static double dsq2(double x, void *c) { (void)c; return 2.0 * x; }
static double cosx(double x, void *c) { (void)c; return cos(x) - x; }
static double dcosx(double x, void *c) { (void)c; return -sin(x) - 1.0; }
static double cubic(double x, void *c) { (void)c; return x * x * x - x - 2.0; }
static double dcubic(double x, void *c) { (void)c; return 3.0 * x * x - 1.0; }
static double shifted(double x, void *c) { return exp(x) - *(const double *)c; } /* root ln(c) */
static double dshifted(double x, void *c) { (void)c; return exp(x); }
static double flat(double x, void *c) { (void)c; return x * x + 1.0; } /* no real root */
static double dflat(double x, void *c) { (void)c; return 2.0 * x; }
static double linear(double x, void *c) { (void)c; return 3.0 * x - 6.0; }

int main(void) {
  const double SQRT2 = 1.4142135623730951, DOTTIE = 0.7390851332151607, CUBIC = 1.5213797068045676;
  root_result r;

  r = find_root_bisection(sq2, NULL, 0.0, 2.0, 1e-12, 200);
  CHECK(r.converged && r.iterations > 30 && r.iterations < 60);
  CHECK_NEAR(r.root, SQRT2, 1e-11);
  r = find_root_bisection(cosx, NULL, 0.0, 1.0, 1e-13, 200);
  CHECK(r.converged);
  CHECK_NEAR(r.root, DOTTIE, 1e-12);
  r = find_root_bisection(cubic, NULL, 2.0, 1.0, 1e-13, 200); /* reversed bracket */
  CHECK(r.converged);
  CHECK_NEAR(r.root, CUBIC, 1e-12);
  r = find_root_bisection(sq2, NULL, 2.0, 3.0, 1e-12, 200);
  CHECK(!r.converged);
  r = find_root_bisection(linear, NULL, 2.0, 5.0, 1e-12, 200);
  CHECK(r.converged && r.root == 2.0 && r.iterations == 0);
  r = find_root_bisection(linear, NULL, 0.0, 4.0, 1e-12, 200);
  CHECK(r.converged && r.root == 2.0 && r.iterations == 1); /* midpoint hits exactly */
  r = find_root_bisection(sq2, NULL, 0.0, 2.0, 1e-15, 5);
  CHECK(!r.converged && r.iterations == 5);

  r = find_root_newton(sq2, dsq2, NULL, 1.0, 1e-15, 50);
  CHECK(r.converged && r.iterations < 10);
  CHECK_NEAR(r.root, SQRT2, 1e-15);
  r = find_root_newton(sq2, dsq2, NULL, -1.0, 1e-15, 50);
  CHECK(r.converged);
  CHECK_NEAR(r.root, -SQRT2, 1e-15);
  r = find_root_newton(cosx, dcosx, NULL, 1.0, 1e-15, 50);
  CHECK(r.converged);
  CHECK_NEAR(r.root, DOTTIE, 1e-15);
  r = find_root_newton(cubic, dcubic, NULL, 2.0, 1e-15, 50);
  CHECK(r.converged);
  CHECK_NEAR(r.root, CUBIC, 1e-15);
  r = find_root_newton(sq2, dsq2, NULL, 0.0, 1e-15, 50); /* zero derivative at start */
  CHECK(!r.converged && r.iterations == 1);
  r = find_root_newton(flat, dflat, NULL, 0.5, 1e-15, 40);
  CHECK(!r.converged);

  r = find_root_secant(sq2, NULL, 1.0, 2.0, 1e-15, 100);
  CHECK(r.converged && r.iterations < 15);
  CHECK_NEAR(r.root, SQRT2, 1e-14);
  r = find_root_secant(cosx, NULL, 0.0, 1.0, 1e-15, 100);
  CHECK(r.converged);
  CHECK_NEAR(r.root, DOTTIE, 1e-14);
  r = find_root_secant(linear, NULL, -10.0, 10.0, 1e-15, 100);
  CHECK(r.converged);
  CHECK_NEAR(r.root, 2.0, 1e-15);

  r = find_root_brent(cubic, NULL, 1.0, 2.0, 1e-14, 200);
  CHECK(r.converged);
  CHECK_NEAR(r.root, CUBIC, 1e-13);
  r = find_root_brent(cosx, NULL, -5.0, 5.0, 1e-14, 200);
  CHECK(r.converged);
  CHECK_NEAR(r.root, DOTTIE, 1e-13);
  r = find_root_brent(flat, NULL, -1.0, 1.0, 1e-14, 200);
  CHECK(!r.converged && r.iterations == 0);

  /* parameterised family: exp(x) = c has root ln(c); all methods agree */
  for (double c = 0.01; c < 1000.0; c *= 1.9) {
    double expect = log(c);
    r = find_root_bisection(shifted, &c, -10.0, 10.0, 1e-12, 200);
    CHECK(r.converged);
    CHECK_NEAR(r.root, expect, 1e-11);
    r = find_root_newton(shifted, dshifted, &c, expect + 1.0, 1e-14, 100);
    CHECK(r.converged);
    CHECK_NEAR(r.root, expect, 1e-13);
    r = find_root_secant(shifted, &c, expect - 0.5, expect + 0.5, 1e-14, 100);
    CHECK(r.converged);
    CHECK_NEAR(r.root, expect, 1e-12);
    root_result rb = find_root_brent(shifted, &c, -10.0, 10.0, 1e-13, 300);
    CHECK(rb.converged);
    CHECK_NEAR(rb.root, expect, 1e-12);
  }
  return 0;
}
