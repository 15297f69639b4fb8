#include "solution.h"

void saxpy(size_t n, float a, const float *x, float *y) {
  for (size_t i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}

void daxpy_strided(size_t n, double a, const double *x, size_t incx, double *y, size_t incy) {
  for (size_t i = 0; i < n; i++) y[i * incy] += a * x[i * incx];
}

void saxpby(size_t n, float a, const float *x, float b, const float *y, float *z) {
  for (size_t i = 0; i < n; i++) z[i] = a * x[i] + b * y[i];
}

double sum_float(size_t n, const float *x) {
  double s = 0.0;
  for (size_t i = 0; i < n; i++) s += x[i];
  return s;
}

void poly_eval(size_t n, const float *t, const float *c, size_t deg, float *out) {
  for (size_t i = 0; i < n; i++) {
    float acc = c[deg];
    for (size_t k = deg; k-- > 0;) acc = acc * t[i] + c[k];
    out[i] = acc;
  }
}
