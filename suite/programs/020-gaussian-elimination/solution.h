#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Matrices are dense row-major n x n arrays. */

/* Solves A x = b by Gaussian elimination with partial pivoting. A and b are not modified.
 * Returns 0 on success, -1 if A is (numerically) singular, -2 on allocation failure. */
int solve_linear(size_t n, const double *a, const double *b, double *x);
/* Determinant by LU decomposition with partial pivoting (1.0 for n == 0). */
double determinant(size_t n, const double *a);
/* Inverse into inv; same return codes as solve_linear. */
int invert_matrix(size_t n, const double *a, double *inv);

#endif
