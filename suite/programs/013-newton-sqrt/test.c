#include <math.h>
#include "check.h"
#include "solution.h"

int main(void) {
  CHECK(newton_sqrt(0.0) == 0.0);
  CHECK(newton_sqrt(-4.0) == -1.0);
  CHECK(newton_sqrt(1.0) == 1.0);
  CHECK(newton_sqrt(4.0) == 2.0);
  CHECK(newton_sqrt(0.25) == 0.5);
  CHECK(newton_sqrt(1048576.0) == 1024.0);
  CHECK_NEAR(newton_sqrt(2.0), 1.4142135623730951, 1e-15);
  CHECK_NEAR(newton_sqrt(1e300), 1e150, 1e-14);
  CHECK_NEAR(newton_sqrt(1e-300), 1e-150, 1e-14);
  CHECK_NEAR(newton_sqrt(5e-324), 2.2227587494850775e-162, 1e-14); /* smallest subnormal */
  CHECK_NEAR(newton_sqrt(1.7976931348623157e308), 1.3407807929942596e154, 1e-14);
  /* sweep across many magnitudes, compare with libm */
  double x = 1e-200;
  for (int i = 0; i < 4000; i++) {
    double r = newton_sqrt(x);
    CHECK_NEAR(r, sqrt(x), 4e-16);
    CHECK_NEAR(r * r, x, 1e-15);
    x *= 1.123456789;
  }
  for (int i = 1; i <= 1000; i++) CHECK(newton_sqrt((double)i * (double)i) == (double)i);

  int ok = 0;
  CHECK_NEAR(newton_nth_root(27.0, 3, &ok), 3.0, 1e-14);
  CHECK(ok == 1);
  CHECK_NEAR(newton_nth_root(-27.0, 3, &ok), -3.0, 1e-14);
  CHECK(ok == 1);
  CHECK(newton_nth_root(-16.0, 4, &ok) == 0.0 && ok == 0);
  CHECK(newton_nth_root(0.0, 5, &ok) == 0.0 && ok == 1);
  CHECK(newton_nth_root(-7.5, 1, &ok) == -7.5 && ok == 1);
  CHECK_NEAR(newton_nth_root(1024.0, 10, &ok), 2.0, 1e-14);
  CHECK_NEAR(newton_nth_root(2.0, 12, &ok), 1.0594630943592953, 1e-14);
  CHECK_NEAR(newton_nth_root(1e-30, 3, &ok), 1e-10, 1e-13);
  CHECK_NEAR(newton_nth_root(1e200, 7, &ok), pow(1e200, 1.0 / 7.0), 1e-13);
  for (unsigned n = 1; n <= 9; n++) {
    for (double v = 0.001; v < 1e6; v *= 3.7) {
      double r = newton_nth_root(v, n, &ok);
      CHECK(ok == 1);
      CHECK_NEAR(r, pow(v, 1.0 / (double)n), 1e-13);
      if (n % 2 == 1) CHECK_NEAR(newton_nth_root(-v, n, &ok), -r, 1e-15);
    }
  }

  CHECK_NEAR(newton_rsqrt(4.0), 0.5, 1e-15);
  CHECK_NEAR(newton_rsqrt(1e-10), 1e5, 1e-14);
  for (double v = 1e-50; v < 1e50; v *= 10.5) CHECK_NEAR(newton_rsqrt(v), 1.0 / sqrt(v), 1e-15);
  return 0;
}
