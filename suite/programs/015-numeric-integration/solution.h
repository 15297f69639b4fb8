#ifndef SOLUTION_H
#define SOLUTION_H

typedef double (*real_fn)(double x, void *ctx);

/* Composite trapezoid rule with n >= 1 panels. */
double integrate_trapezoid(real_fn f, void *ctx, double a, double b, unsigned n);
/* Composite Simpson rule; n is rounded up to an even number of panels (n >= 1). */
double integrate_simpson(real_fn f, void *ctx, double a, double b, unsigned n);
/* Adaptive Simpson to absolute tolerance eps with at most max_depth levels of recursion.
 * *evals (if non-NULL) receives the number of function evaluations. */
double integrate_adaptive(real_fn f, void *ctx, double a, double b, double eps, int max_depth, unsigned *evals);
/* Romberg integration with the given number of rows (1..20). */
double integrate_romberg(real_fn f, void *ctx, double a, double b, unsigned rows);

#endif
