#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

typedef struct {
  double slope;
  double intercept;
  double r_squared; /* coefficient of determination (1.0 when all y are equal and fit is exact) */
} line_fit;

/* Ordinary least squares y = slope * x + intercept, using centred sums.
 * Returns 0 on success, -1 if n < 2 or all x are equal. */
int fit_line(const double *x, const double *y, size_t n, line_fit *out);
/* Pearson correlation coefficient; 0.0 if either variable has zero variance or n < 2. */
double pearson(const double *x, const double *y, size_t n);
/* Least-squares polynomial of the given degree (<= 5) via the normal equations;
 * coef receives degree+1 coefficients, lowest first. Returns 0 or -1 if singular / n too small. */
int fit_polynomial(const double *x, const double *y, size_t n, unsigned degree, double *coef);

#endif
