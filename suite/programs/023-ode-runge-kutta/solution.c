#include "solution.h"

enum { MAXDIM = 8 };

static int bad(size_t dim, unsigned steps) { return dim == 0 || dim > MAXDIM || steps == 0; }

int ode_euler(ode_fn f, void *ctx, size_t dim, double *y, double t0, double t1, unsigned steps) {
  if (bad(dim, steps)) return -1;
  double h = (t1 - t0) / steps, dy[MAXDIM];
  for (unsigned s = 0; s < steps; s++) {
    double t = t0 + h * s;
    f(t, y, dy, dim, ctx);
    for (size_t i = 0; i < dim; i++) y[i] += h * dy[i];
  }
  return 0;
}

int ode_midpoint(ode_fn f, void *ctx, size_t dim, double *y, double t0, double t1, unsigned steps) {
  if (bad(dim, steps)) return -1;
  double h = (t1 - t0) / steps, k1[MAXDIM], k2[MAXDIM], tmp[MAXDIM];
  for (unsigned s = 0; s < steps; s++) {
    double t = t0 + h * s;
    f(t, y, k1, dim, ctx);
    for (size_t i = 0; i < dim; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
    f(t + 0.5 * h, tmp, k2, dim, ctx);
    for (size_t i = 0; i < dim; i++) y[i] += h * k2[i];
  }
  return 0;
}

int ode_rk4(ode_fn f, void *ctx, size_t dim, double *y, double t0, double t1, unsigned steps) {
  if (bad(dim, steps)) return -1;
  double h = (t1 - t0) / steps;
  double k1[MAXDIM], k2[MAXDIM], k3[MAXDIM], k4[MAXDIM], tmp[MAXDIM];
  for (unsigned s = 0; s < steps; s++) {
    double t = t0 + h * s;
    f(t, y, k1, dim, ctx);
    for (size_t i = 0; i < dim; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
    f(t + 0.5 * h, tmp, k2, dim, ctx);
    for (size_t i = 0; i < dim; i++) tmp[i] = y[i] + 0.5 * h * k2[i];
    f(t + 0.5 * h, tmp, k3, dim, ctx);
    for (size_t i = 0; i < dim; i++) tmp[i] = y[i] + h * k3[i];
    f(t + h, tmp, k4, dim, ctx);
    for (size_t i = 0; i < dim; i++) y[i] += h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
  }
  return 0;
}
