#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Heap-allocated dense matrix, rows stored as separately allocated arrays. */
struct matrix {
  size_t rows, cols;
  double **row;
};

/* Allocates a zero-filled rows x cols matrix (both may be 0); NULL on failure. */
struct matrix *mat_alloc(size_t rows, size_t cols);
struct matrix *mat_identity(size_t n);
struct matrix *mat_copy(const struct matrix *m);
void mat_free(struct matrix *m); /* NULL allowed */
/* New matrix a * b, or NULL if the shapes do not match. */
struct matrix *mat_mul(const struct matrix *a, const struct matrix *b);
struct matrix *mat_transpose(const struct matrix *m);
/* Determinant of a square matrix by Gaussian elimination with partial
 * pivoting (m is not modified). */
double mat_det(const struct matrix *m);
/* Inverse by Gauss-Jordan elimination; NULL if singular (|pivot| < 1e-12)
 * or not square. */
struct matrix *mat_inverse(const struct matrix *m);

#endif
