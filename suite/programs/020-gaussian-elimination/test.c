#include <math.h>
#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x0123456789ABCDEFull;
static double rnd(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return (double)(x >> 11) / 9007199254740992.0 * 2.0 - 1.0;
}

/* reference determinant by cofactor expansion (small n only) */
static double cofactor_det(int n, const double *m) {
  if (n == 1) return m[0];
  double sub[49], det = 0.0;
  for (int c = 0; c < n; c++) {
    int k = 0;
    for (int r = 1; r < n; r++)
      for (int cc = 0; cc < n; cc++)
        if (cc != c) sub[k++] = m[r * n + cc];
    double term = m[c] * cofactor_det(n - 1, sub);
    det += (c % 2 == 0) ? term : -term;
  }
  return det;
}

int main(void) {
  const double a2[] = {2.0, 1.0, 1.0, 3.0};
  const double b2[] = {3.0, 5.0};
  double x[8];
  CHECK(solve_linear(2, a2, b2, x) == 0);
  CHECK_NEAR(x[0], 0.8, 1e-15);
  CHECK_NEAR(x[1], 1.4, 1e-15);
  CHECK_NEAR(determinant(2, a2), 5.0, 1e-15);
  CHECK(determinant(0, a2) == 1.0);
  CHECK(solve_linear(0, a2, b2, x) == 0);

  /* requires pivoting: zero in the top-left corner */
  const double p3[] = {0, 2, 1, 1, 1, 1, 2, 1, 0};
  const double bp[] = {5, 6, 4}; /* exact solution (5/3, 2/3, 11/3) */
  CHECK(solve_linear(3, p3, bp, x) == 0);
  CHECK_NEAR(0 * x[0] + 2 * x[1] + 1 * x[2], 5.0, 1e-14);
  CHECK_NEAR(1 * x[0] + 1 * x[1] + 1 * x[2], 6.0, 1e-14);
  CHECK_NEAR(2 * x[0] + 1 * x[1] + 0 * x[2], 4.0, 1e-14);
  CHECK_NEAR(x[0], 5.0 / 3.0, 1e-14);
  CHECK_NEAR(x[1], 2.0 / 3.0, 1e-14);
  CHECK_NEAR(x[2], 11.0 / 3.0, 1e-14);
  CHECK_NEAR(determinant(3, p3), cofactor_det(3, p3), 1e-14);

  const double sing[] = {1, 2, 3, 2, 4, 6, 1, 0, 1};
  CHECK(solve_linear(3, sing, bp, x) == -1);
  CHECK_NEAR(determinant(3, sing), 0.0, 1e-15);
  double inv[49];
  CHECK(invert_matrix(3, sing, inv) == -1);
  const double zero1[] = {0.0};
  CHECK(solve_linear(1, zero1, b2, x) == -1);

  /* Hilbert 4x4: determinant 1/6048000, inverse has known integer entries */
  double h[16];
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) h[i * 4 + j] = 1.0 / (i + j + 1);
  CHECK_NEAR(determinant(4, h), 1.0 / 6048000.0, 1e-9);
  CHECK(invert_matrix(4, h, inv) == 0);
  const double hinv[16] = {16, -120, 240, -140, -120, 1200, -2700, 1680, 240, -2700, 6480, -4200, -140, 1680, -4200, 2800};
  for (int i = 0; i < 16; i++) CHECK_NEAR(inv[i], hinv[i], 1e-9);

  /* permutation matrix: determinant is the sign of the permutation */
  const double perm[] = {0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0};
  CHECK_NEAR(determinant(4, perm), -1.0, 1e-15);

  /* random systems: residual small, det vs cofactor expansion, A * inv(A) == I */
  for (int trial = 0; trial < 200; trial++) {
    int n = 1 + trial % 7;
    double m[49], bb[7], prod;
    for (int i = 0; i < n * n; i++) m[i] = rnd();
    for (int i = 0; i < n; i++) m[i * n + i] += (trial % 3 == 0) ? 0.0 : 3.0; /* mix in well conditioned ones */
    for (int i = 0; i < n; i++) bb[i] = rnd() * 10.0;
    double d = cofactor_det(n, m);
    if (fabs(d) < 1e-3) continue;
    CHECK_NEAR(determinant((size_t)n, m), d, 1e-10);
    CHECK(solve_linear((size_t)n, m, bb, x) == 0);
    for (int i = 0; i < n; i++) {
      double s = 0.0;
      for (int j = 0; j < n; j++) s += m[i * n + j] * x[j];
      CHECK_NEAR(s, bb[i], 1e-9);
    }
    CHECK(invert_matrix((size_t)n, m, inv) == 0);
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) {
        prod = 0.0;
        for (int k = 0; k < n; k++) prod += m[i * n + k] * inv[k * n + j];
        CHECK_NEAR(prod, i == j ? 1.0 : 0.0, 1e-9);
      }
    /* det(A^-1) == 1 / det(A) */
    CHECK_NEAR(determinant((size_t)n, inv) * d, 1.0, 1e-8);
  }
  return 0;
}
