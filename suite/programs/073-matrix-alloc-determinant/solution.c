#include <math.h>
#include <stdlib.h>
#include "solution.h"

struct matrix *mat_alloc(size_t rows, size_t cols) {
  struct matrix *m = malloc(sizeof *m);
  if (m == NULL) return NULL;
  m->rows = rows;
  m->cols = cols;
  m->row = calloc(rows ? rows : 1, sizeof *m->row);
  if (m->row == NULL) {
    free(m);
    return NULL;
  }
  for (size_t r = 0; r < rows; r++) {
    m->row[r] = calloc(cols ? cols : 1, sizeof **m->row);
    if (m->row[r] == NULL) {
      mat_free(m);
      return NULL;
    }
  }
  return m;
}

void mat_free(struct matrix *m) {
  if (m == NULL) return;
  for (size_t r = 0; r < m->rows; r++) free(m->row[r]); /* free(NULL) is fine */
  free(m->row);
  free(m);
}

struct matrix *mat_identity(size_t n) {
  struct matrix *m = mat_alloc(n, n);
  if (m)
    for (size_t i = 0; i < n; i++) m->row[i][i] = 1.0;
  return m;
}

struct matrix *mat_copy(const struct matrix *src) {
  struct matrix *m = mat_alloc(src->rows, src->cols);
  if (m)
    for (size_t r = 0; r < src->rows; r++)
      for (size_t c = 0; c < src->cols; c++) m->row[r][c] = src->row[r][c];
  return m;
}

struct matrix *mat_mul(const struct matrix *a, const struct matrix *b) {
  if (a->cols != b->rows) return NULL;
  struct matrix *m = mat_alloc(a->rows, b->cols);
  if (m == NULL) return NULL;
  for (size_t i = 0; i < a->rows; i++)
    for (size_t k = 0; k < a->cols; k++) {
      double v = a->row[i][k];
      for (size_t j = 0; j < b->cols; j++) m->row[i][j] += v * b->row[k][j];
    }
  return m;
}

struct matrix *mat_transpose(const struct matrix *src) {
  struct matrix *m = mat_alloc(src->cols, src->rows);
  if (m)
    for (size_t r = 0; r < src->rows; r++)
      for (size_t c = 0; c < src->cols; c++) m->row[c][r] = src->row[r][c];
  return m;
}

static void swap_rows(struct matrix *m, size_t a, size_t b) {
  double *t = m->row[a];
  m->row[a] = m->row[b];
  m->row[b] = t;
}

double mat_det(const struct matrix *src) {
  if (src->rows != src->cols) return 0.0;
  struct matrix *m = mat_copy(src);
  if (m == NULL) return 0.0;
  size_t n = m->rows;
  double det = 1.0;
  for (size_t col = 0; col < n; col++) {
    size_t piv = col;
    for (size_t r = col + 1; r < n; r++)
      if (fabs(m->row[r][col]) > fabs(m->row[piv][col])) piv = r;
    if (m->row[piv][col] == 0.0) {
      det = 0.0;
      break;
    }
    if (piv != col) {
      swap_rows(m, piv, col);
      det = -det;
    }
    double p = m->row[col][col];
    det *= p;
    for (size_t r = col + 1; r < n; r++) {
      double f = m->row[r][col] / p;
      for (size_t c = col; c < n; c++) m->row[r][c] -= f * m->row[col][c];
    }
  }
  mat_free(m);
  return det;
}

struct matrix *mat_inverse(const struct matrix *src) {
  if (src->rows != src->cols) return NULL;
  size_t n = src->rows;
  struct matrix *a = mat_copy(src), *inv = mat_identity(n);
  if (a == NULL || inv == NULL) {
    mat_free(a);
    mat_free(inv);
    return NULL;
  }
  for (size_t col = 0; col < n; col++) {
    size_t piv = col;
    for (size_t r = col + 1; r < n; r++)
      if (fabs(a->row[r][col]) > fabs(a->row[piv][col])) piv = r;
    if (fabs(a->row[piv][col]) < 1e-12) {
      mat_free(a);
      mat_free(inv);
      return NULL;
    }
    swap_rows(a, piv, col);
    swap_rows(inv, piv, col);
    double p = a->row[col][col];
    for (size_t c = 0; c < n; c++) {
      a->row[col][c] /= p;
      inv->row[col][c] /= p;
    }
    for (size_t r = 0; r < n; r++) {
      if (r == col) continue;
      double f = a->row[r][col];
      if (f == 0.0) continue;
      for (size_t c = 0; c < n; c++) {
        a->row[r][c] -= f * a->row[col][c];
        inv->row[r][c] -= f * inv->row[col][c];
      }
    }
  }
  mat_free(a);
  return inv;
}
