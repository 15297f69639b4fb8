#include "solution.h"
#include <math.h>

static double mean_of(const double *v, size_t n) {
  double s = 0.0;
  for (size_t i = 0; i < n; i++) s += v[i];
  return s / (double)n;
}

int fit_line(const double *x, const double *y, size_t n, line_fit *out) {
  if (n < 2) return -1;
  double mx = mean_of(x, n), my = mean_of(y, n);
  double sxx = 0.0, sxy = 0.0, syy = 0.0;
  for (size_t i = 0; i < n; i++) {
    double dx = x[i] - mx, dy = y[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx == 0.0) return -1;
  out->slope = sxy / sxx;
  out->intercept = my - out->slope * mx;
  double ss_res = 0.0;
  for (size_t i = 0; i < n; i++) {
    double r = y[i] - (out->slope * x[i] + out->intercept);
    ss_res += r * r;
  }
  out->r_squared = syy == 0.0 ? 1.0 : 1.0 - ss_res / syy;
  return 0;
}

double pearson(const double *x, const double *y, size_t n) {
  if (n < 2) return 0.0;
  double mx = mean_of(x, n), my = mean_of(y, n);
  double sxx = 0.0, sxy = 0.0, syy = 0.0;
  for (size_t i = 0; i < n; i++) {
    double dx = x[i] - mx, dy = y[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx == 0.0 || syy == 0.0) return 0.0;
  double r = sxy / sqrt(sxx * syy);
  return r > 1.0 ? 1.0 : (r < -1.0 ? -1.0 : r);
}

int fit_polynomial(const double *x, const double *y, size_t n, unsigned degree, double *coef) {
  enum { MAXD = 6 };
  if (degree >= MAXD || n <= degree) return -1;
  size_t m = degree + 1;
  double a[MAXD][MAXD + 1];
  /* normal equations: sum x^(i+j) c_j = sum x^i y, with x centred/scaled for conditioning */
  double mx = mean_of(x, n), scale = 0.0;
  for (size_t k = 0; k < n; k++)
    if (fabs(x[k] - mx) > scale) scale = fabs(x[k] - mx);
  if (scale == 0.0) return -1;
  for (size_t i = 0; i < m; i++)
    for (size_t j = 0; j <= m; j++) a[i][j] = 0.0;
  for (size_t k = 0; k < n; k++) {
    double t = (x[k] - mx) / scale, pi = 1.0;
    for (size_t i = 0; i < m; i++) {
      double pj = 1.0;
      for (size_t j = 0; j < m; j++) {
        a[i][j] += pi * pj;
        pj *= t;
      }
      a[i][m] += pi * y[k];
      pi *= t;
    }
  }
  /* Gauss-Jordan with partial pivoting */
  for (size_t c = 0; c < m; c++) {
    size_t p = c;
    for (size_t r = c + 1; r < m; r++)
      if (fabs(a[r][c]) > fabs(a[p][c])) p = r;
    if (fabs(a[p][c]) < 1e-12) return -1;
    for (size_t j = 0; j <= m; j++) {
      double tmp = a[c][j];
      a[c][j] = a[p][j];
      a[p][j] = tmp;
    }
    for (size_t r = 0; r < m; r++) {
      if (r == c) continue;
      double f = a[r][c] / a[c][c];
      for (size_t j = c; j <= m; j++) a[r][j] -= f * a[c][j];
    }
  }
  double d[MAXD];
  for (size_t i = 0; i < m; i++) d[i] = a[i][m] / a[i][i];
  /* expand sum d_i ((x - mx)/scale)^i into powers of x */
  for (size_t i = 0; i < m; i++) coef[i] = 0.0;
  double basis[MAXD]; /* coefficients of ((x - mx)/scale)^i */
  for (size_t i = 0; i < m; i++) basis[i] = 0.0;
  basis[0] = 1.0;
  for (size_t i = 0; i < m; i++) {
    for (size_t j = 0; j <= i; j++) coef[j] += d[i] * basis[j];
    if (i + 1 == m) break;
    /* basis <- basis * (x - mx) / scale; basis[i + 1] is still zero here */
    for (size_t j = i + 2; j-- > 0;) {
      double lower = j > 0 ? basis[j - 1] : 0.0;
      basis[j] = (lower - mx * basis[j]) / scale;
    }
  }
  return 0;
}
