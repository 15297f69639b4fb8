#include "solution.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* In-place LU with partial pivoting on m (n x n). perm receives the row order.
 * Returns the permutation sign, or 0 if singular. */
static int lu_decompose(size_t n, double *m, size_t *perm) {
  int sign = 1;
  for (size_t i = 0; i < n; i++) perm[i] = i;
  double scale = 0.0;
  for (size_t i = 0; i < n * n; i++)
    if (fabs(m[i]) > scale) scale = fabs(m[i]);
  double eps = scale * 1e-14 * (double)n;
  for (size_t k = 0; k < n; k++) {
    size_t p = k;
    for (size_t r = k + 1; r < n; r++)
      if (fabs(m[r * n + k]) > fabs(m[p * n + k])) p = r;
    if (!(fabs(m[p * n + k]) > eps)) return 0;
    if (p != k) {
      for (size_t c = 0; c < n; c++) {
        double t = m[k * n + c];
        m[k * n + c] = m[p * n + c];
        m[p * n + c] = t;
      }
      size_t t = perm[k];
      perm[k] = perm[p];
      perm[p] = t;
      sign = -sign;
    }
    for (size_t r = k + 1; r < n; r++) {
      double f = m[r * n + k] / m[k * n + k];
      m[r * n + k] = f;
      for (size_t c = k + 1; c < n; c++) m[r * n + c] -= f * m[k * n + c];
    }
  }
  return sign;
}

static void lu_solve(size_t n, const double *lu, const size_t *perm, const double *b, double *x) {
  for (size_t i = 0; i < n; i++) {
    double s = b[perm[i]];
    for (size_t j = 0; j < i; j++) s -= lu[i * n + j] * x[j];
    x[i] = s;
  }
  for (size_t i = n; i-- > 0;) {
    double s = x[i];
    for (size_t j = i + 1; j < n; j++) s -= lu[i * n + j] * x[j];
    x[i] = s / lu[i * n + i];
  }
}

int solve_linear(size_t n, const double *a, const double *b, double *x) {
  if (n == 0) return 0;
  double *m = malloc(n * n * sizeof *m);
  size_t *perm = malloc(n * sizeof *perm);
  int rc = -2;
  if (m && perm) {
    memcpy(m, a, n * n * sizeof *m);
    if (lu_decompose(n, m, perm) == 0) {
      rc = -1;
    } else {
      lu_solve(n, m, perm, b, x);
      rc = 0;
    }
  }
  free(m);
  free(perm);
  return rc;
}

double determinant(size_t n, const double *a) {
  if (n == 0) return 1.0;
  double *m = malloc(n * n * sizeof *m);
  size_t *perm = malloc(n * sizeof *perm);
  double det = 0.0;
  if (m && perm) {
    memcpy(m, a, n * n * sizeof *m);
    int sign = lu_decompose(n, m, perm);
    if (sign != 0) {
      det = (double)sign;
      for (size_t i = 0; i < n; i++) det *= m[i * n + i];
    }
  }
  free(m);
  free(perm);
  return det;
}

int invert_matrix(size_t n, const double *a, double *inv) {
  if (n == 0) return 0;
  double *m = malloc(n * n * sizeof *m);
  size_t *perm = malloc(n * sizeof *perm);
  double *e = malloc(n * sizeof *e), *col = malloc(n * sizeof *col);
  int rc = -2;
  if (m && perm && e && col) {
    memcpy(m, a, n * n * sizeof *m);
    if (lu_decompose(n, m, perm) == 0) {
      rc = -1;
    } else {
      for (size_t j = 0; j < n; j++) {
        for (size_t i = 0; i < n; i++) e[i] = i == j ? 1.0 : 0.0;
        lu_solve(n, m, perm, e, col);
        for (size_t i = 0; i < n; i++) inv[i * n + j] = col[i];
      }
      rc = 0;
    }
  }
  free(m);
  free(perm);
  free(e);
  free(col);
  return rc;
}
