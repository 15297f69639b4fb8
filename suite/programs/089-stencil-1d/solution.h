#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* out[i] = (in[i-1] + in[i] + in[i+1]) / 3 for interior points; the two end
 * points are copied unchanged. out and in must not overlap. n may be 0. */
void smooth3(const double *in, double *out, size_t n);
/* Integer [1 2 1] filter: out[i] = in[i-1] + 2*in[i] + in[i+1] with
 * clamp-to-edge boundaries (in[-1] = in[0], in[n] = in[n-1]). int64 output. */
void filter121(const int32_t *in, int64_t *out, size_t n);
/* Runs steps iterations of the explicit heat equation
 * u[i] += r * (u[i-1] - 2u[i] + u[i+1]) with fixed ends, using scratch
 * (n doubles) as the second buffer. Result ends up in u. */
void heat_steps(double *u, double *scratch, size_t n, double r, int steps);
/* Discrete second difference d[i] = a[i-1] - 2a[i] + a[i+1] for
 * 1 <= i < n-1 (d has n-2 entries; nothing written when n < 3). */
void second_diff(const int32_t *a, int64_t *d, size_t n);
/* Running maximum over a centred window of radius r (clipped at the ends):
 * out[i] = max(a[max(0,i-r) .. min(n-1,i+r)]). Straightforward O(n r). */
void window_max(const int32_t *a, int32_t *out, size_t n, size_t r);

#endif
