#include "solution.h"

double poly_eval(const double *c, size_t n, double x) {
  double acc = 0.0;
  for (size_t i = n; i-- > 0;) acc = acc * x + c[i];
  return acc;
}

void poly_eval_deriv(const double *c, size_t n, double x, double *value, double *deriv) {
  double p = 0.0, d = 0.0;
  for (size_t i = n; i-- > 0;) {
    d = d * x + p;
    p = p * x + c[i];
  }
  *value = p;
  *deriv = d;
}

size_t poly_derivative(const double *c, size_t n, double *out) {
  if (n <= 1) return 0;
  for (size_t i = 1; i < n; i++) out[i - 1] = c[i] * (double)i;
  return n - 1;
}

size_t poly_multiply(const double *a, size_t na, const double *b, size_t nb, double *out) {
  if (na == 0 || nb == 0) return 0;
  size_t n = na + nb - 1;
  for (size_t k = 0; k < n; k++) out[k] = 0.0;
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++) out[i + j] += a[i] * b[j];
  return n;
}

double poly_divide_linear(const double *c, size_t n, double r, double *quotient) {
  if (n == 0) return 0.0;
  double carry = c[n - 1];
  for (size_t i = n - 1; i-- > 0;) {
    quotient[i] = carry;
    carry = carry * r + c[i];
  }
  return carry;
}

double chebyshev_eval(const double *a, size_t n, double x) {
  double b1 = 0.0, b2 = 0.0;
  for (size_t k = n; k-- > 1;) {
    double b0 = 2.0 * x * b1 - b2 + a[k];
    b2 = b1;
    b1 = b0;
  }
  return n == 0 ? 0.0 : x * b1 - b2 + a[0];
}
