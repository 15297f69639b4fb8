#include <math.h>
#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0xFEEDFACE12345678ull;
static double unit(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return (double)(x >> 11) / 9007199254740992.0;
}

int main(void) {
  line_fit f;
  const double x1[] = {1, 2, 3, 4, 5};
  const double y1[] = {3, 5, 7, 9, 11}; /* y = 2x + 1 */
  CHECK(fit_line(x1, y1, 5, &f) == 0);
  CHECK_NEAR(f.slope, 2.0, 1e-14);
  CHECK_NEAR(f.intercept, 1.0, 1e-14);
  CHECK_NEAR(f.r_squared, 1.0, 1e-14);
  CHECK_NEAR(pearson(x1, y1, 5), 1.0, 1e-15);
  CHECK(fit_line(x1, y1, 1, &f) == -1);
  CHECK(fit_line(x1, y1, 0, &f) == -1);
  const double same[] = {2, 2, 2};
  CHECK(fit_line(same, y1, 3, &f) == -1);
  CHECK(pearson(same, y1, 3) == 0.0);
  CHECK(fit_line(y1, same, 3, &f) == 0 && f.slope == 0.0 && f.intercept == 2.0 && f.r_squared == 1.0);

  /* textbook example: x = 1..5, y = {2, 4, 5, 4, 5}: slope 0.6, intercept 2.2, r^2 0.6 */
  const double y2[] = {2, 4, 5, 4, 5};
  CHECK(fit_line(x1, y2, 5, &f) == 0);
  CHECK_NEAR(f.slope, 0.6, 1e-14);
  CHECK_NEAR(f.intercept, 2.2, 1e-14);
  CHECK_NEAR(f.r_squared, 0.6, 1e-14);
  CHECK_NEAR(pearson(x1, y2, 5), sqrt(0.6), 1e-14);
  const double y3[] = {10, 8, 6, 4, 2};
  CHECK_NEAR(pearson(x1, y3, 5), -1.0, 1e-15);
  /* symmetric data with zero correlation */
  const double xs[] = {-2, -1, 0, 1, 2}, ys[] = {4, 1, 0, 1, 4};
  CHECK_NEAR(pearson(xs, ys, 5), 0.0, 1e-15);
  CHECK(fit_line(xs, ys, 5, &f) == 0);
  CHECK_NEAR(f.slope, 0.0, 1e-15);
  CHECK_NEAR(f.intercept, 2.0, 1e-15);

  /* large offset in x: centred sums keep precision */
  double xb[100], yb[100];
  for (int i = 0; i < 100; i++) {
    xb[i] = 1e8 + i;
    yb[i] = -0.5 * i + 7.0;
  }
  CHECK(fit_line(xb, yb, 100, &f) == 0);
  CHECK_NEAR(f.slope, -0.5, 1e-9);
  CHECK_NEAR(f.intercept, 7.0 + 0.5e8, 1e-9);

  /* noisy data: compare with closed-form normal equations computed in the test */
  for (int trial = 0; trial < 50; trial++) {
    double xr[200], yr[200];
    int n = 2 + trial * 4;
    double a = unit() * 4 - 2, b = unit() * 10 - 5;
    for (int i = 0; i < n; i++) {
      xr[i] = unit() * 20 - 10;
      yr[i] = a * xr[i] + b + (unit() - 0.5) * 0.1;
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    for (int i = 0; i < n; i++) {
      sx += xr[i];
      sy += yr[i];
      sxx += xr[i] * xr[i];
      sxy += xr[i] * yr[i];
      syy += yr[i] * yr[i];
    }
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double icpt = (sy - slope * sx) / n;
    double r = (n * sxy - sx * sy) / sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    CHECK(fit_line(xr, yr, (size_t)n, &f) == 0);
    CHECK_NEAR(f.slope, slope, 1e-9);
    CHECK_NEAR(f.intercept, icpt, 1e-9);
    CHECK_NEAR(f.r_squared, r * r, 1e-9);
    CHECK_NEAR(pearson(xr, yr, (size_t)n), r, 1e-9);
    CHECK_NEAR(f.slope, a, 0.2);
  }

  /* polynomial fits recover exact polynomials */
  double c[6];
  double px[30], py[30];
  for (int i = 0; i < 30; i++) {
    px[i] = -3.0 + 0.2 * i;
    py[i] = 1.0 - 2.0 * px[i] + 0.5 * px[i] * px[i] * px[i];
  }
  CHECK(fit_polynomial(px, py, 30, 3, c) == 0);
  CHECK_NEAR(c[0], 1.0, 1e-9);
  CHECK_NEAR(c[1], -2.0, 1e-9);
  CHECK_NEAR(c[2], 0.0, 1e-9);
  CHECK_NEAR(c[3], 0.5, 1e-9);
  CHECK(fit_polynomial(px, py, 30, 5, c) == 0);
  CHECK_NEAR(c[3], 0.5, 1e-8);
  CHECK_NEAR(c[4], 0.0, 1e-8);
  CHECK_NEAR(c[5], 0.0, 1e-8);
  CHECK(fit_polynomial(px, py, 30, 6, c) == -1);
  CHECK(fit_polynomial(px, py, 3, 3, c) == -1);
  CHECK(fit_polynomial(same, y1, 3, 1, c) == -1);
  /* degree 1 agrees with fit_line */
  CHECK(fit_polynomial(x1, y2, 5, 1, c) == 0);
  CHECK_NEAR(c[0], 2.2, 1e-12);
  CHECK_NEAR(c[1], 0.6, 1e-12);
  /* degree 0 is the mean */
  CHECK(fit_polynomial(x1, y2, 5, 0, c) == 0);
  CHECK_NEAR(c[0], 4.0, 1e-14);
  /* shifted data: quadratic far from the origin */
  for (int i = 0; i < 30; i++) {
    px[i] = 100.0 + i;
    py[i] = 3.0 * (px[i] - 110.0) * (px[i] - 110.0) - 7.0;
  }
  CHECK(fit_polynomial(px, py, 30, 2, c) == 0);
  CHECK_NEAR(c[2], 3.0, 1e-9);
  CHECK_NEAR(c[1], -660.0, 1e-9);
  CHECK_NEAR(c[0], 36293.0, 1e-9);
  return 0;
}
