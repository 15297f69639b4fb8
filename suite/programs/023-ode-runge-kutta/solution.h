#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* System y' = f(t, y) of dimension dim (<= 8): f writes dy[0..dim-1]. */
typedef void (*ode_fn)(double t, const double *y, double *dy, size_t dim, void *ctx);

/* Integrates from t0 to t1 with `steps` equal steps, updating y in place. Returns 0, or -1 for bad
 * arguments (dim == 0 or > 8, steps == 0). */
int ode_euler(ode_fn f, void *ctx, size_t dim, double *y, double t0, double t1, unsigned steps);
int ode_midpoint(ode_fn f, void *ctx, size_t dim, double *y, double t0, double t1, unsigned steps);
int ode_rk4(ode_fn f, void *ctx, size_t dim, double *y, double t0, double t1, unsigned steps);

#endif
