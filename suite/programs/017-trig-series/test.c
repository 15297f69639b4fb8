#include <math.h>
#include "check.h"
#include "solution.h"

static const double PI = 3.14159265358979323846;

int main(void) {
  CHECK(series_sin(0.0) == 0.0);
  CHECK(series_cos(0.0) == 1.0);
  CHECK_NEAR(series_sin(PI / 6), 0.5, 1e-15);
  CHECK_NEAR(series_cos(PI / 3), 0.5, 1e-15);
  CHECK_NEAR(series_sin(PI / 2), 1.0, 1e-15);
  CHECK_NEAR(series_cos(PI), -1.0, 1e-15);
  CHECK_NEAR(series_sin(PI), 0.0, 1e-15);
  CHECK_NEAR(series_sin(-PI / 4), -0.70710678118654752, 1e-15);
  CHECK_NEAR(series_sin(1e6), sin(1e6), 1e-9);
  CHECK_NEAR(series_cos(-1e6), cos(1e6), 1e-9);
  for (double x = -50.0; x <= 50.0; x += 0.0137) {
    double s = series_sin(x), c = series_cos(x);
    CHECK_NEAR(s, sin(x), 1e-13);
    CHECK_NEAR(c, cos(x), 1e-13);
    CHECK_NEAR(s * s + c * c, 1.0, 1e-14);
    CHECK_NEAR(series_sin(-x), -s, 1e-15);
    CHECK_NEAR(series_cos(-x), c, 1e-15);
  }
  /* double-angle identity at scattered points */
  for (double x = -3.0; x <= 3.0; x += 0.31) {
    CHECK_NEAR(series_sin(2 * x), 2 * series_sin(x) * series_cos(x), 1e-14);
  }

  CHECK(series_atan(0.0) == 0.0);
  CHECK_NEAR(series_atan(1.0), PI / 4, 1e-15);
  CHECK_NEAR(series_atan(-1.0), -PI / 4, 1e-15);
  CHECK_NEAR(series_atan(1.7320508075688772), PI / 3, 1e-15);
  CHECK_NEAR(series_atan(1e300), PI / 2, 1e-15);
  CHECK_NEAR(series_atan(-1e-300), -1e-300, 1e-15);
  for (double x = -20.0; x <= 20.0; x += 0.0173) CHECK_NEAR(series_atan(x), atan(x), 1e-14);
  for (double x = 1e-8; x < 1e8; x *= 1.7) {
    CHECK_NEAR(series_atan(x), atan(x), 1e-14);
    CHECK_NEAR(series_atan(x) + series_atan(1.0 / x), PI / 2, 1e-14);
  }
  /* Machin's formula */
  CHECK_NEAR(4.0 * (4.0 * series_atan(1.0 / 5.0) - series_atan(1.0 / 239.0)), PI, 1e-15);

  CHECK(series_exp(0.0) == 1.0);
  CHECK_NEAR(series_exp(1.0), 2.718281828459045, 1e-15);
  CHECK_NEAR(series_exp(-1.0), 0.36787944117144233, 1e-15);
  CHECK_NEAR(series_exp(700.0), exp(700.0), 1e-14);
  CHECK_NEAR(series_exp(-700.0), exp(-700.0), 1e-14);
  CHECK_NEAR(series_exp(0.6931471805599453), 2.0, 1e-15);
  for (double x = -30.0; x <= 30.0; x += 0.0917) {
    double e = series_exp(x);
    CHECK_NEAR(e, exp(x), 1e-14);
    CHECK_NEAR(e * series_exp(-x), 1.0, 1e-14);
  }
  return 0;
}
