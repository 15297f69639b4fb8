#ifndef SOLUTION_H
#define SOLUTION_H

typedef double (*scalar_fn)(double x, void *ctx);

typedef struct {
  double root;
  int iterations;
  int converged; /* 1 on success, 0 otherwise */
} root_result;

/* Bisection on [a, b]; requires f(a) and f(b) of opposite sign (or one of them zero). */
root_result find_root_bisection(scalar_fn f, void *ctx, double a, double b, double tol, int max_iter);
/* Newton's method from x0 with derivative df. Fails if the derivative vanishes. */
root_result find_root_newton(scalar_fn f, scalar_fn df, void *ctx, double x0, double tol, int max_iter);
/* Secant method from x0, x1. */
root_result find_root_secant(scalar_fn f, void *ctx, double x0, double x1, double tol, int max_iter);
/* Brent-style safeguarded method: bisection combined with secant steps, bracketed on [a, b]. */
root_result find_root_brent(scalar_fn f, void *ctx, double a, double b, double tol, int max_iter);

#endif
