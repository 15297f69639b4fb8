#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* y[i] = a * x[i] + y[i]; x and y may be the same array. */
void saxpy(size_t n, float a, const float *x, float *y);
/* Double precision, with strides (incx, incy >= 1) like BLAS. */
void daxpy_strided(size_t n, double a, const double *x, size_t incx, double *y, size_t incy);
/* z[i] = a * x[i] + b * y[i] (no aliasing between z and x/y required). */
void saxpby(size_t n, float a, const float *x, float b, const float *y, float *z);
/* Sum of x[i] in float, accumulated in double to limit rounding error. */
double sum_float(size_t n, const float *x);
/* Evaluates the polynomial c[0] + c[1] t + ... + c[deg] t^deg at every
 * t[i] (Horner), writing out[i]. */
void poly_eval(size_t n, const float *t, const float *c, size_t deg, float *out);

#endif
