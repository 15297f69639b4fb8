#include <math.h>
#include "check.h"
#include "solution.h"

static void growth(double t, const double *y, double *dy, size_t dim, void *ctx) {
  (void)t;
  (void)dim;
  dy[0] = *(const double *)ctx * y[0];
}
static void gaussian(double t, const double *y, double *dy, size_t dim, void *ctx) {
  (void)dim;
  (void)ctx;
  dy[0] = -2.0 * t * y[0];
}
static void oscillator(double t, const double *y, double *dy, size_t dim, void *ctx) {
  (void)t;
  (void)dim;
  double w = *(const double *)ctx;
  dy[0] = y[1];
  dy[1] = -w * w * y[0];
}
static void cubic_t(double t, const double *y, double *dy, size_t dim, void *ctx) {
  (void)y;
  (void)dim;
  (void)ctx;
  dy[0] = 4.0 * t * t * t; /* y = t^4 */
}
static void linear_t(double t, const double *y, double *dy, size_t dim, void *ctx) {
  (void)y;
  (void)dim;
  (void)ctx;
  dy[0] = 2.0 * t + 1.0; /* y = t^2 + t, exact for midpoint and rk4 */
}
static unsigned calls;
static void counting(double t, const double *y, double *dy, size_t dim, void *ctx) {
  (void)t;
  (void)ctx;
  calls++;
  for (size_t i = 0; i < dim; i++) dy[i] = -y[i] * (double)(i + 1);
}

int main(void) {
  double k = 1.0, y[8];
  y[0] = 1.0;
  CHECK(ode_rk4(growth, &k, 1, y, 0.0, 1.0, 100) == 0);
  CHECK_NEAR(y[0], exp(1.0), 1e-9);
  y[0] = 1.0;
  CHECK(ode_euler(growth, &k, 1, y, 0.0, 1.0, 1000) == 0);
  CHECK_NEAR(y[0], pow(1.001, 1000), 1e-12); /* Euler on y' = y is (1 + h)^n exactly */
  y[0] = 1.0;
  CHECK(ode_midpoint(growth, &k, 1, y, 0.0, 1.0, 1000) == 0);
  CHECK_NEAR(y[0], pow(1.0 + 0.001 + 0.0000005, 1000), 1e-12);

  /* orders of accuracy: halving h divides the error by ~2, ~4, ~16 */
  double errs[3][2];
  for (int m = 0; m < 3; m++) {
    for (int j = 0; j < 2; j++) {
      unsigned n = j == 0 ? 20 : 40;
      y[0] = 1.0;
      int rc = m == 0 ? ode_euler(gaussian, NULL, 1, y, 0.0, 2.0, n)
             : m == 1 ? ode_midpoint(gaussian, NULL, 1, y, 0.0, 2.0, n)
                      : ode_rk4(gaussian, NULL, 1, y, 0.0, 2.0, n);
      CHECK(rc == 0);
      errs[m][j] = fabs(y[0] - exp(-4.0));
    }
  }
  double r0 = errs[0][0] / errs[0][1], r1 = errs[1][0] / errs[1][1], r2 = errs[2][0] / errs[2][1];
  CHECK(r0 > 1.6 && r0 < 2.6);
  CHECK(r1 > 3.0 && r1 < 5.5);
  CHECK(r2 > 12.0 && r2 < 20.0);
  CHECK(errs[2][1] < errs[1][1] && errs[1][1] < errs[0][1]);

  /* harmonic oscillator: energy conservation and phase */
  double w = 2.0;
  y[0] = 1.0;
  y[1] = 0.0;
  CHECK(ode_rk4(oscillator, &w, 2, y, 0.0, 10.0, 2000) == 0);
  CHECK_NEAR(y[0], cos(20.0), 1e-7);
  CHECK_NEAR(y[1], -2.0 * sin(20.0), 1e-7);
  CHECK_NEAR(y[1] * y[1] + w * w * y[0] * y[0], 4.0, 1e-8);

  /* quadrature special cases: rk4 reduces to Simpson (exact for cubics), midpoint exact for lines */
  y[0] = 0.0;
  CHECK(ode_rk4(cubic_t, NULL, 1, y, 0.0, 2.0, 8) == 0);
  CHECK_NEAR(y[0], 16.0, 1e-13); /* integrand 4t^3 is cubic: Simpson is exact */
  y[0] = 0.0;
  CHECK(ode_midpoint(linear_t, NULL, 1, y, 1.0, 3.0, 3) == 0);
  CHECK_NEAR(y[0], 12.0 - 2.0, 1e-13);
  y[0] = 5.0;
  CHECK(ode_rk4(linear_t, NULL, 1, y, 0.0, -1.0, 7) == 0); /* backwards in time */
  CHECK_NEAR(y[0], 5.0, 1e-13);
  y[0] = 0.0;
  CHECK(ode_rk4(growth, &k, 1, y, 0.0, 1.0, 10) == 0 && y[0] == 0.0);

  /* independent components, call counts, and bad arguments */
  for (size_t d = 1; d <= 8; d++) {
    for (size_t i = 0; i < d; i++) y[i] = 1.0;
    calls = 0;
    CHECK(ode_rk4(counting, NULL, d, y, 0.0, 1.0, 50) == 0);
    CHECK(calls == 200);
    for (size_t i = 0; i < d; i++) {
      /* RK4 on y' = -c y multiplies by the degree-4 Taylor polynomial of exp(-c h) each step */
      double z = -0.02 * (double)(i + 1);
      double amp = 1.0 + z + z * z / 2.0 + z * z * z / 6.0 + z * z * z * z / 24.0;
      CHECK_NEAR(y[i], pow(amp, 50), 1e-12);
      CHECK_NEAR(y[i], exp(-(double)(i + 1)), 1e-6);
    }
    calls = 0;
    CHECK(ode_midpoint(counting, NULL, d, y, 0.0, 1.0, 50) == 0 && calls == 100);
    calls = 0;
    CHECK(ode_euler(counting, NULL, d, y, 0.0, 1.0, 50) == 0 && calls == 50);
  }
  calls = 0;
  CHECK(ode_rk4(counting, NULL, 0, y, 0.0, 1.0, 10) == -1);
  CHECK(ode_rk4(counting, NULL, 9, y, 0.0, 1.0, 10) == -1);
  CHECK(ode_euler(counting, NULL, 1, y, 0.0, 1.0, 0) == -1);
  CHECK(ode_midpoint(counting, NULL, 1, y, 0.0, 1.0, 0) == -1);
  CHECK(calls == 0);

  /* exponential decay with several rates */
  for (double rate = -3.0; rate <= 1.0; rate += 0.5) {
    y[0] = 2.0;
    CHECK(ode_rk4(growth, &rate, 1, y, 0.0, 3.0, 300) == 0);
    CHECK_NEAR(y[0], 2.0 * exp(3.0 * rate), 1e-9);
  }
  return 0;
}
