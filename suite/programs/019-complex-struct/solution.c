#include "solution.h"
#include <math.h>

cplx cplx_make(double re, double im) {
  cplx z = {re, im};
  return z;
}

cplx cplx_add(cplx a, cplx b) { return cplx_make(a.re + b.re, a.im + b.im); }
cplx cplx_sub(cplx a, cplx b) { return cplx_make(a.re - b.re, a.im - b.im); }
cplx cplx_mul(cplx a, cplx b) { return cplx_make(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re); }

cplx cplx_div(cplx a, cplx b) {
  if (fabs(b.re) >= fabs(b.im)) {
    double r = b.im / b.re, den = b.re + b.im * r;
    return cplx_make((a.re + a.im * r) / den, (a.im - a.re * r) / den);
  }
  double r = b.re / b.im, den = b.re * r + b.im;
  return cplx_make((a.re * r + a.im) / den, (a.im * r - a.re) / den);
}

cplx cplx_conj(cplx a) { return cplx_make(a.re, -a.im); }

double cplx_abs(cplx a) {
  double x = fabs(a.re), y = fabs(a.im);
  if (x < y) {
    double t = x;
    x = y;
    y = t;
  }
  if (x == 0.0) return 0.0;
  double q = y / x;
  return x * sqrt(1.0 + q * q);
}

double cplx_arg(cplx a) { return atan2(a.im, a.re); }

cplx cplx_from_polar(double r, double theta) { return cplx_make(r * cos(theta), r * sin(theta)); }

cplx cplx_pow_int(cplx a, int n) {
  cplx result = cplx_make(1.0, 0.0);
  unsigned e = n < 0 ? 0u - (unsigned)n : (unsigned)n;
  cplx base = a;
  while (e) {
    if (e & 1u) result = cplx_mul(result, base);
    base = cplx_mul(base, base);
    e >>= 1;
  }
  return n < 0 ? cplx_div(cplx_make(1.0, 0.0), result) : result;
}

cplx cplx_exp(cplx a) { return cplx_from_polar(exp(a.re), a.im); }

int mandelbrot_escape(cplx c, int max_iter) {
  cplx z = cplx_make(0.0, 0.0);
  for (int i = 0; i < max_iter; i++) {
    z = cplx_add(cplx_mul(z, z), c);
    if (z.re * z.re + z.im * z.im > 4.0) return i + 1;
  }
  return max_iter;
}

void roots_of_unity(int n, cplx *out) {
  const double two_pi = 6.283185307179586476925;
  for (int k = 0; k < n; k++) out[k] = cplx_from_polar(1.0, two_pi * k / n);
}
