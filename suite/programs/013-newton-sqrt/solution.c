#include "solution.h"
#include <math.h>

double newton_sqrt(double x) {
  if (x < 0.0) return -1.0;
  if (x == 0.0) return 0.0;
  /* scale into [0.5, 2) so a fixed starting guess converges quickly */
  int e;
  double m = frexp(x, &e); /* x = m * 2^e, m in [0.5, 1) */
  if (e % 2 != 0) {
    m *= 2.0;
    e -= 1;
  }
  double y = 0.5 * (m + 1.0); /* >= sqrt(m), so the iteration decreases monotonically */
  for (int i = 0; i < 60; i++) {
    double next = 0.5 * (y + m / y);
    if (next >= y) break;
    y = next;
  }
  return ldexp(y, e / 2);
}

double newton_nth_root(double x, unsigned n, int *ok) {
  *ok = 1;
  if (n == 1) return x;
  if (x == 0.0) return 0.0;
  int negative = x < 0.0;
  if (negative) {
    if (n % 2 == 0) {
      *ok = 0;
      return 0.0;
    }
    x = -x;
  }
  /* start above the root: 2^(ceil(e/n)) >= x^(1/n) */
  int e;
  frexp(x, &e);
  int k = e >= 0 ? (e + (int)n - 1) / (int)n : -((-e) / (int)n);
  double y = ldexp(1.0, k);
  for (int i = 0; i < 2000; i++) {
    double p = 1.0;
    for (unsigned j = 0; j + 1 < n; j++) p *= y; /* y^(n-1) */
    double next = ((double)(n - 1) * y + x / p) / (double)n;
    if (!(next < y)) break;
    y = next;
  }
  return negative ? -y : y;
}

double newton_rsqrt(double x) {
  double s = newton_sqrt(x);
  double y = 1.0 / s;
  /* two polishing steps of y <- y * (3 - x y^2) / 2 */
  for (int i = 0; i < 2; i++) y = y * (1.5 - 0.5 * x * y * y);
  return y;
}
