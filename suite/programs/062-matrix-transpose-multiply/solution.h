#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Row-major matrices. */
/* out (cols x rows) = transpose of in (rows x cols); out and in must not overlap. */
void transpose_i32(const int *in, size_t rows, size_t cols, int *out);
/* In-place transpose of an n x n matrix. */
void transpose_square_inplace(double *m, size_t n);
/* c (n x p) = a (n x m) * b (m x p), integer entries, 64-bit accumulation. */
void matmul_i64(const long long *a, const long long *b, long long *c, size_t n, size_t m, size_t p);
/* c = a * b for doubles, cache-friendly i-k-j loop order. */
void matmul_f64(const double *a, const double *b, double *c, size_t n, size_t m, size_t p);
/* out = a^k for an n x n integer matrix (k >= 0) by repeated squaring, with
 * every entry reduced modulo mod (1 <= mod < 2^31); scratch must hold 3*n*n. */
void matpow_mod(const long long *a, size_t n, unsigned k, long long mod, long long *out,
                long long *scratch);

#endif
