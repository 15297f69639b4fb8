#include "solution.h"
#include <math.h>

double integrate_trapezoid(real_fn f, void *ctx, double a, double b, unsigned n) {
  double h = (b - a) / n;
  double s = 0.5 * (f(a, ctx) + f(b, ctx));
  for (unsigned i = 1; i < n; i++) s += f(a + h * i, ctx);
  return s * h;
}

double integrate_simpson(real_fn f, void *ctx, double a, double b, unsigned n) {
  if (n % 2 == 1) n++;
  double h = (b - a) / n;
  double odd = 0.0, even = 0.0;
  for (unsigned i = 1; i < n; i++) {
    double y = f(a + h * i, ctx);
    if (i % 2) odd += y;
    else even += y;
  }
  return (f(a, ctx) + f(b, ctx) + 4.0 * odd + 2.0 * even) * h / 3.0;
}

typedef struct {
  real_fn f;
  void *ctx;
  unsigned evals;
} adapt_state;

static double adapt(adapt_state *st, double a, double b, double fa, double fm, double fb, double whole, double eps,
                    int depth) {
  double m = 0.5 * (a + b);
  double lm = 0.5 * (a + m), rm = 0.5 * (m + b);
  double flm = st->f(lm, st->ctx), frm = st->f(rm, st->ctx);
  st->evals += 2;
  double left = (m - a) / 6.0 * (fa + 4.0 * flm + fm);
  double right = (b - m) / 6.0 * (fm + 4.0 * frm + fb);
  double delta = left + right - whole;
  if (depth <= 0 || fabs(delta) <= 15.0 * eps) return left + right + delta / 15.0;
  return adapt(st, a, m, fa, flm, fm, left, 0.5 * eps, depth - 1) +
         adapt(st, m, b, fm, frm, fb, right, 0.5 * eps, depth - 1);
}

double integrate_adaptive(real_fn f, void *ctx, double a, double b, double eps, int max_depth, unsigned *evals) {
  adapt_state st = {f, ctx, 3};
  double fa = f(a, ctx), fb = f(b, ctx), fm = f(0.5 * (a + b), ctx);
  double whole = (b - a) / 6.0 * (fa + 4.0 * fm + fb);
  double r = adapt(&st, a, b, fa, fm, fb, whole, eps, max_depth);
  if (evals) *evals = st.evals;
  return r;
}

double integrate_romberg(real_fn f, void *ctx, double a, double b, unsigned rows) {
  double prev[20], cur[20];
  if (rows < 1) rows = 1;
  if (rows > 20) rows = 20;
  double h = b - a;
  prev[0] = 0.5 * h * (f(a, ctx) + f(b, ctx));
  for (unsigned i = 1; i < rows; i++) {
    h *= 0.5;
    double s = 0.0;
    unsigned long points = 1ul << (i - 1);
    for (unsigned long k = 0; k < points; k++) s += f(a + h * (double)(2 * k + 1), ctx);
    cur[0] = 0.5 * prev[0] + h * s;
    double factor = 1.0;
    for (unsigned j = 1; j <= i; j++) {
      factor *= 4.0;
      cur[j] = cur[j - 1] + (cur[j - 1] - prev[j - 1]) / (factor - 1.0);
    }
    for (unsigned j = 0; j <= i; j++) prev[j] = cur[j];
  }
  return prev[rows - 1];
}
