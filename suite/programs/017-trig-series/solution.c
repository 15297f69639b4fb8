#include "solution.h"
#include <math.h>

static const double TWO_PI_HI = 6.28318530717958623200e+00;
static const double TWO_PI_LO = 2.44929359829470641e-16;
static const double HALF_PI = 1.57079632679489661923;
static const double LN2 = 0.69314718055994530942;
static const double LN2_HI = 6.93147180369123816490e-01; /* few significant bits: k * LN2_HI is exact */
static const double LN2_LO = 1.90821492927058770002e-10;

/* reduces x to r in [-pi, pi] */
static double reduce(double x) {
  double k = nearbyint(x / (TWO_PI_HI + TWO_PI_LO));
  return (x - k * TWO_PI_HI) - k * TWO_PI_LO;
}

static double sin_taylor(double r) {
  double term = r, sum = r, r2 = r * r;
  for (int n = 1; n < 30; n++) {
    term *= -r2 / (double)((2 * n) * (2 * n + 1));
    sum += term;
    if (fabs(term) < 1e-18 * fabs(sum)) break;
  }
  return sum;
}

static double cos_taylor(double r) {
  double term = 1.0, sum = 1.0, r2 = r * r;
  for (int n = 1; n < 30; n++) {
    term *= -r2 / (double)((2 * n - 1) * (2 * n));
    sum += term;
    if (fabs(term) < 1e-18 * fabs(sum)) break;
  }
  return sum;
}

double series_sin(double x) {
  double r = reduce(x);
  /* fold into [-pi/2, pi/2] for faster convergence: sin(pi - r) = sin(r) */
  if (r > HALF_PI) r = (TWO_PI_HI / 2 - r) + TWO_PI_LO / 2;
  else if (r < -HALF_PI) r = (-TWO_PI_HI / 2 - r) - TWO_PI_LO / 2;
  return sin_taylor(r);
}

double series_cos(double x) {
  double r = fabs(reduce(x));
  if (r > HALF_PI) return -cos_taylor((TWO_PI_HI / 2 - r) + TWO_PI_LO / 2);
  return cos_taylor(r);
}

double series_atan(double x) {
  if (x < 0) return -series_atan(-x);
  if (x > 1.0) return HALF_PI - series_atan(1.0 / x);
  /* halve the argument until small: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))) */
  double y = x;
  int halvings = 0;
  while (y > 0.1 && halvings < 8) {
    y = y / (1.0 + sqrt(1.0 + y * y));
    halvings++;
  }
  double y2 = y * y, term = y, sum = y;
  for (int n = 1; n < 60; n++) {
    term *= -y2;
    double add = term / (double)(2 * n + 1);
    sum += add;
    if (fabs(add) < 1e-19) break;
  }
  return ldexp(sum, halvings);
}

double series_exp(double x) {
  double k = nearbyint(x / LN2);
  double r = (x - k * LN2_HI) - k * LN2_LO; /* |r| <= ln2/2 */
  double term = 1.0, sum = 1.0;
  for (int n = 1; n < 40; n++) {
    term *= r / (double)n;
    sum += term;
    if (fabs(term) < 1e-18) break;
  }
  return ldexp(sum, (int)k);
}
