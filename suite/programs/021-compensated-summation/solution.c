#include "solution.h"
#include <math.h>

double sum_naive(const double *v, size_t n) {
  double s = 0.0;
  for (size_t i = 0; i < n; i++) s += v[i];
  return s;
}

double sum_kahan(const double *v, size_t n) {
  double s = 0.0, c = 0.0;
  for (size_t i = 0; i < n; i++) {
    double y = v[i] - c;
    double t = s + y;
    c = (t - s) - y;
    s = t;
  }
  return s;
}

double sum_neumaier(const double *v, size_t n) {
  double s = 0.0, c = 0.0;
  for (size_t i = 0; i < n; i++) {
    double t = s + v[i];
    if (fabs(s) >= fabs(v[i]))
      c += (s - t) + v[i];
    else
      c += (v[i] - t) + s;
    s = t;
  }
  return s + c;
}

double sum_pairwise(const double *v, size_t n) {
  if (n <= 8) {
    double s = 0.0;
    for (size_t i = 0; i < n; i++) s += v[i];
    return s;
  }
  size_t half = n / 2;
  return sum_pairwise(v, half) + sum_pairwise(v + half, n - half);
}

/* error-free transformations */
static void two_sum(double a, double b, double *s, double *e) {
  double x = a + b;
  double z = x - a;
  *e = (a - (x - z)) + (b - z);
  *s = x;
}

static void split(double a, double *hi, double *lo) {
  const double factor = 134217729.0; /* 2^27 + 1 */
  double c = factor * a;
  double big = c - a;
  *hi = c - big;
  *lo = a - *hi;
}

static void two_product(double a, double b, double *p, double *e) {
  double x = a * b;
  double ah, al, bh, bl;
  split(a, &ah, &al);
  split(b, &bh, &bl);
  double err1 = x - ah * bh;
  double err2 = err1 - al * bh;
  double err3 = err2 - ah * bl;
  *e = al * bl - err3;
  *p = x;
}

double dot_compensated(const double *a, const double *b, size_t n) {
  double s = 0.0, c = 0.0;
  for (size_t i = 0; i < n; i++) {
    double p, pe, t, te;
    two_product(a[i], b[i], &p, &pe);
    two_sum(s, p, &t, &te);
    s = t;
    c += te + pe;
  }
  return s + c;
}
