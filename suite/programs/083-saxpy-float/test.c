#include <math.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 20250101u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}
static float frand(void) { return (float)((double)(rnd() % 20001) / 1000.0 - 10.0); }

#define MAXN 1031
static float x[MAXN], y[MAXN], y0[MAXN], z[MAXN];
static double dx[3 * MAXN], dy[3 * MAXN], dy0[3 * MAXN];

int main(void) {
  saxpy(0, 2.0f, NULL, NULL);
  float xs[] = {1, 2, 3}, ys[] = {10, 20, 30};
  saxpy(3, 2.0f, xs, ys);
  CHECK(ys[0] == 12 && ys[1] == 24 && ys[2] == 36);
  saxpy(3, -1.0f, xs, xs); /* aliasing: x = -x + x = 0 */
  CHECK(xs[0] == 0 && xs[1] == 0 && xs[2] == 0);
  saxpy(3, 0.0f, ys, ys);
  CHECK(ys[2] == 36);
  CHECK_NEAR(sum_float(0, xs), 0.0, 0);
  const float c[] = {1, -3, 0, 2}; /* 1 - 3t + 2t^3 */
  const float ts[] = {0, 1, -1, 2.5f};
  float ps[4];
  poly_eval(4, ts, c, 3, ps);
  CHECK(ps[0] == 1 && ps[1] == 0 && ps[2] == 2);
  CHECK_NEAR(ps[3], 1 - 7.5 + 31.25, 1e-6);
  poly_eval(4, ts, c, 0, ps);
  CHECK(ps[0] == 1 && ps[3] == 1);

  for (int iter = 0; iter < 200; iter++) {
    size_t n = iter < 40 ? (size_t)iter : rnd() % MAXN;
    float a = frand();
    for (size_t i = 0; i < n; i++) {
      x[i] = frand();
      y[i] = y0[i] = frand();
    }
    saxpy(n, a, x, y);
    for (size_t i = 0; i < n; i++) {
      double expect = (double)a * x[i] + y0[i];
      CHECK_NEAR(y[i], expect, 1e-4);
    }
    /* aliased call: y = a*y + y */
    memcpy(y, y0, n * sizeof(float));
    saxpy(n, a, y, y);
    for (size_t i = 0; i < n; i++) CHECK_NEAR(y[i], ((double)a + 1.0) * y0[i], 1e-4);

    float b = frand();
    saxpby(n, a, x, b, y0, z);
    for (size_t i = 0; i < n; i++) CHECK_NEAR(z[i], (double)a * x[i] + (double)b * y0[i], 1e-4);

    /* integers are exact in float: sum must match exactly */
    double ref = 0.0;
    for (size_t i = 0; i < n; i++) { z[i] = (float)((int)(rnd() % 2001) - 1000); ref += z[i]; }
    CHECK(sum_float(n, z) == ref);
    double s = 0.0;
    for (size_t i = n; i-- > 0;) s += x[i];
    CHECK_NEAR(sum_float(n, x), s, 1e-9);

    size_t incx = rnd() % 3 + 1, incy = rnd() % 3 + 1;
    double da = (double)frand();
    for (size_t i = 0; i < 3 * MAXN; i++) { dx[i] = (double)frand(); dy[i] = dy0[i] = (double)frand(); }
    daxpy_strided(n, da, dx, incx, dy, incy);
    for (size_t i = 0; i < 3 * MAXN; i++) {
      if (i % incy == 0 && i / incy < n) CHECK_NEAR(dy[i], da * dx[i / incy * incx] + dy0[i], 1e-12);
      else CHECK(dy[i] == dy0[i]); /* untouched gaps */
    }

    size_t deg = rnd() % 6;
    float coef[6];
    for (size_t k = 0; k <= deg; k++) coef[k] = frand() / 10.0f;
    for (size_t i = 0; i < n; i++) x[i] = frand() / 10.0f; /* |t| <= 1 keeps values tame */
    poly_eval(n, x, coef, deg, z);
    for (size_t i = 0; i < n; i++) {
      double p = 0.0, tp = 1.0;
      for (size_t k = 0; k <= deg; k++) { p += coef[k] * tp; tp *= x[i]; }
      CHECK_NEAR(z[i], p, 1e-5);
    }
  }
  return 0;
}
