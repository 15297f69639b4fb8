#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Polynomials are coefficient arrays c[0] + c[1] x + ... + c[n-1] x^(n-1); n == 0 is the zero polynomial. */
double poly_eval(const double *c, size_t n, double x);
/* Evaluates p(x) and p'(x) together by Horner's scheme. */
void poly_eval_deriv(const double *c, size_t n, double x, double *value, double *deriv);
/* Writes the derivative (n-1 coefficients, none if n <= 1) and returns its length. */
size_t poly_derivative(const double *c, size_t n, double *out);
/* Product of two polynomials into out (na + nb - 1 coefficients); returns its length (0 if either is empty). */
size_t poly_multiply(const double *a, size_t na, const double *b, size_t nb, double *out);
/* Synthetic division by (x - r): writes the n-1 quotient coefficients and returns the remainder. */
double poly_divide_linear(const double *c, size_t n, double r, double *quotient);
/* Evaluates the Chebyshev series sum a[k] T_k(x) by Clenshaw's recurrence. */
double chebyshev_eval(const double *a, size_t n, double x);

#endif
