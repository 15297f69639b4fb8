#include "solution.h"
#include <math.h>

static root_result make(double root, int it, int ok) {
  root_result r = {root, it, ok};
  return r;
}

root_result find_root_bisection(scalar_fn f, void *ctx, double a, double b, double tol, int max_iter) {
  double fa = f(a, ctx), fb = f(b, ctx);
  if (fa == 0.0) return make(a, 0, 1);
  if (fb == 0.0) return make(b, 0, 1);
  if ((fa < 0) == (fb < 0)) return make(a, 0, 0);
  for (int i = 1; i <= max_iter; i++) {
    double m = a + 0.5 * (b - a);
    double fm = f(m, ctx);
    if (fm == 0.0 || fabs(b - a) * 0.5 < tol) return make(m, i, 1);
    if ((fm < 0) == (fa < 0)) {
      a = m;
      fa = fm;
    } else {
      b = m;
    }
  }
  return make(a + 0.5 * (b - a), max_iter, 0);
}

root_result find_root_newton(scalar_fn f, scalar_fn df, void *ctx, double x0, double tol, int max_iter) {
  double x = x0;
  for (int i = 1; i <= max_iter; i++) {
    double d = df(x, ctx);
    if (d == 0.0) return make(x, i, 0);
    double step = f(x, ctx) / d;
    x -= step;
    if (fabs(step) <= tol * (1.0 + fabs(x))) return make(x, i, 1);
  }
  return make(x, max_iter, 0);
}

root_result find_root_secant(scalar_fn f, void *ctx, double x0, double x1, double tol, int max_iter) {
  double f0 = f(x0, ctx), f1 = f(x1, ctx);
  for (int i = 1; i <= max_iter; i++) {
    if (f1 == f0) return make(x1, i, f1 == 0.0);
    double x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
    x0 = x1;
    f0 = f1;
    x1 = x2;
    f1 = f(x1, ctx);
    if (fabs(x1 - x0) <= tol * (1.0 + fabs(x1)) || f1 == 0.0) return make(x1, i, 1);
  }
  return make(x1, max_iter, 0);
}

root_result find_root_brent(scalar_fn f, void *ctx, double a, double b, double tol, int max_iter) {
  double fa = f(a, ctx), fb = f(b, ctx);
  if (fa == 0.0) return make(a, 0, 1);
  if (fb == 0.0) return make(b, 0, 1);
  if ((fa < 0) == (fb < 0)) return make(a, 0, 0);
  for (int i = 1; i <= max_iter; i++) {
    /* secant (regula falsi) candidate, falling back to the midpoint if it is not well inside */
    double m = a + 0.5 * (b - a);
    double s = b - fb * (b - a) / (fb - fa);
    double lo = a < b ? a : b, hi = a < b ? b : a;
    double margin = 0.25 * (hi - lo);
    double x = (s > lo + margin && s < hi - margin) ? s : m;
    double fx = f(x, ctx);
    if (fx == 0.0) return make(x, i, 1);
    if ((fx < 0) == (fa < 0)) {
      a = x;
      fa = fx;
    } else {
      b = x;
      fb = fx;
    }
    if (fabs(b - a) < tol) return make(fabs(fa) < fabs(fb) ? a : b, i, 1);
  }
  return make(fabs(fa) < fabs(fb) ? a : b, max_iter, 0);
}
