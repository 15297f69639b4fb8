#include <string.h>
#include "solution.h"

void transpose_i32(const int *in, size_t rows, size_t cols, int *out) {
  for (size_t r = 0; r < rows; r++)
    for (size_t c = 0; c < cols; c++) out[c * rows + r] = in[r * cols + c];
}

void transpose_square_inplace(double *m, size_t n) {
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) {
      double t = m[i * n + j];
      m[i * n + j] = m[j * n + i];
      m[j * n + i] = t;
    }
}

void matmul_i64(const long long *a, const long long *b, long long *c, size_t n, size_t m, size_t p) {
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < p; j++) {
      long long s = 0;
      for (size_t k = 0; k < m; k++) s += a[i * m + k] * b[k * p + j];
      c[i * p + j] = s;
    }
}

void matmul_f64(const double *a, const double *b, double *c, size_t n, size_t m, size_t p) {
  for (size_t i = 0; i < n * p; i++) c[i] = 0.0;
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < m; k++) {
      double aik = a[i * m + k];
      for (size_t j = 0; j < p; j++) c[i * p + j] += aik * b[k * p + j];
    }
}

static void mulmod(const long long *x, const long long *y, long long *z, size_t n, long long mod) {
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < n; j++) {
      long long s = 0;
      for (size_t k = 0; k < n; k++) s = (s + x[i * n + k] * y[k * n + j]) % mod;
      z[i * n + j] = s;
    }
}

void matpow_mod(const long long *a, size_t n, unsigned k, long long mod, long long *out,
                long long *scratch) {
  size_t nn = n * n;
  long long *base = scratch, *tmp = scratch + nn, *acc = scratch + 2 * nn;
  for (size_t i = 0; i < nn; i++) {
    long long v = a[i] % mod;
    base[i] = v < 0 ? v + mod : v;
    acc[i] = 0;
  }
  for (size_t i = 0; i < n; i++) acc[i * n + i] = 1 % mod;
  while (k > 0) {
    if (k & 1u) {
      mulmod(acc, base, tmp, n, mod);
      memcpy(acc, tmp, nn * sizeof *acc);
    }
    k >>= 1;
    if (k > 0) {
      mulmod(base, base, tmp, n, mod);
      memcpy(base, tmp, nn * sizeof *base);
    }
  }
  memcpy(out, acc, nn * sizeof *out);
}
