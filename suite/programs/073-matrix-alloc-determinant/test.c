#include <math.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 1357911u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static struct matrix *from(size_t r, size_t c, const double *v) {
  struct matrix *m = mat_alloc(r, c);
  CHECK(m != NULL);
  for (size_t i = 0; i < r; i++)
    for (size_t j = 0; j < c; j++) m->row[i][j] = v[i * c + j];
  return m;
}

/* Reference determinant: Laplace expansion along the first row (n <= 6). */
static double laplace(const double *a, size_t n) {
  if (n == 1) return a[0];
  double sub[36], total = 0.0;
  for (size_t skip = 0; skip < n; skip++) {
    size_t k = 0;
    for (size_t r = 1; r < n; r++)
      for (size_t c = 0; c < n; c++)
        if (c != skip) sub[k++] = a[r * n + c];
    double term = a[skip] * laplace(sub, n - 1);
    total += skip % 2 ? -term : term;
  }
  return total;
}

int main(void) {
  struct matrix *e = mat_alloc(0, 0);
  CHECK(e && e->rows == 0 && e->cols == 0);
  CHECK(mat_det(e) == 1.0); /* empty product */
  struct matrix *ei = mat_inverse(e);
  CHECK(ei && ei->rows == 0);
  mat_free(ei);
  mat_free(e);
  mat_free(NULL);

  struct matrix *z = mat_alloc(3, 4);
  CHECK(z && z->rows == 3 && z->cols == 4);
  for (size_t i = 0; i < 3; i++)
    for (size_t j = 0; j < 4; j++) CHECK(z->row[i][j] == 0.0);
  struct matrix *zt = mat_transpose(z);
  CHECK(zt->rows == 4 && zt->cols == 3);
  CHECK(mat_mul(z, z) == NULL);
  CHECK(mat_det(z) == 0.0 && mat_inverse(z) == NULL);
  struct matrix *zz = mat_mul(z, zt);
  CHECK(zz && zz->rows == 3 && zz->cols == 3 && zz->row[2][2] == 0.0);
  mat_free(zz);
  mat_free(zt);
  mat_free(z);

  const double a2[] = {4, 7, 2, 6};
  struct matrix *m = from(2, 2, a2);
  CHECK_NEAR(mat_det(m), 10.0, 1e-12);
  struct matrix *inv = mat_inverse(m);
  CHECK(inv != NULL);
  CHECK_NEAR(inv->row[0][0], 0.6, 1e-12);
  CHECK_NEAR(inv->row[0][1], -0.7, 1e-12);
  CHECK_NEAR(inv->row[1][0], -0.2, 1e-12);
  CHECK_NEAR(inv->row[1][1], 0.4, 1e-12);
  CHECK(m->row[0][0] == 4.0); /* input untouched */
  mat_free(inv);
  mat_free(m);

  const double sing[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  m = from(3, 3, sing);
  CHECK_NEAR(mat_det(m), 0.0, 1e-9);
  CHECK(mat_inverse(m) == NULL);
  mat_free(m);
  const double perm[] = {0, 1, 0, 0, 0, 1, 1, 0, 0};
  m = from(3, 3, perm);
  CHECK_NEAR(mat_det(m), 1.0, 1e-12);
  mat_free(m);
  const double swp[] = {0, 1, 1, 0};
  m = from(2, 2, swp);
  CHECK_NEAR(mat_det(m), -1.0, 1e-12);
  mat_free(m);

  const double r23[] = {1, 2, 3, 4, 5, 6}, r32[] = {7, 8, 9, 10, 11, 12};
  struct matrix *p = from(2, 3, r23), *q = from(3, 2, r32);
  struct matrix *pq = mat_mul(p, q);
  CHECK(pq->rows == 2 && pq->cols == 2);
  CHECK(pq->row[0][0] == 58 && pq->row[0][1] == 64 && pq->row[1][0] == 139 && pq->row[1][1] == 154);
  mat_free(pq);
  mat_free(p);
  mat_free(q);

  for (int iter = 0; iter < 400; iter++) {
    size_t n = rnd() % 6 + 1;
    double vals[36];
    for (size_t i = 0; i < n * n; i++) vals[i] = (double)((int)(rnd() % 21) - 10) / 2.0;
    m = from(n, n, vals);
    double ref = laplace(vals, n);
    double det = mat_det(m);
    CHECK_NEAR(det, ref, 1e-9 * (1.0 + fabs(ref)));
    struct matrix *t = mat_transpose(m);
    CHECK_NEAR(mat_det(t), ref, 1e-9 * (1.0 + fabs(ref)));
    struct matrix *id = mat_identity(n);
    struct matrix *mi = mat_mul(m, id);
    for (size_t i = 0; i < n; i++)
      for (size_t j = 0; j < n; j++) CHECK(mi->row[i][j] == m->row[i][j]);
    if (fabs(ref) > 1e-3) {
      inv = mat_inverse(m);
      CHECK(inv != NULL);
      struct matrix *prod = mat_mul(m, inv);
      for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) CHECK_NEAR(prod->row[i][j], i == j ? 1.0 : 0.0, 1e-8);
      CHECK_NEAR(mat_det(inv) * ref, 1.0, 1e-8);
      mat_free(prod);
      mat_free(inv);
    }
    /* det(AB) = det(A) det(B) */
    struct matrix *ab = mat_mul(m, t);
    CHECK_NEAR(mat_det(ab), ref * ref, 1e-8 * (1.0 + ref * ref));
    mat_free(ab);
    mat_free(mi);
    mat_free(id);
    mat_free(t);
    mat_free(m);
  }
  return 0;
}
