#include <string.h>
#include "solution.h"

void smooth3(const double *in, double *out, size_t n) {
  if (n == 0) return;
  out[0] = in[0];
  out[n - 1] = in[n - 1];
  for (size_t i = 1; i + 1 < n; i++) out[i] = (in[i - 1] + in[i] + in[i + 1]) / 3.0;
}

void filter121(const int32_t *in, int64_t *out, size_t n) {
  if (n == 0) return;
  if (n == 1) {
    out[0] = 4 * (int64_t)in[0];
    return;
  }
  out[0] = 3 * (int64_t)in[0] + in[1];
  for (size_t i = 1; i + 1 < n; i++) out[i] = (int64_t)in[i - 1] + 2 * (int64_t)in[i] + in[i + 1];
  out[n - 1] = (int64_t)in[n - 2] + 3 * (int64_t)in[n - 1];
}

void heat_steps(double *u, double *scratch, size_t n, double r, int steps) {
  if (n < 3) return;
  double *cur = u, *next = scratch;
  for (int s = 0; s < steps; s++) {
    next[0] = cur[0];
    next[n - 1] = cur[n - 1];
    for (size_t i = 1; i + 1 < n; i++) next[i] = cur[i] + r * (cur[i - 1] - 2.0 * cur[i] + cur[i + 1]);
    double *t = cur;
    cur = next;
    next = t;
  }
  if (cur != u) memcpy(u, cur, n * sizeof *u);
}

void second_diff(const int32_t *a, int64_t *d, size_t n) {
  for (size_t i = 1; i + 1 < n; i++) d[i - 1] = (int64_t)a[i - 1] - 2 * (int64_t)a[i] + a[i + 1];
}

void window_max(const int32_t *a, int32_t *out, size_t n, size_t r) {
  for (size_t i = 0; i < n; i++) {
    size_t lo = i > r ? i - r : 0;
    size_t hi = (n - 1 - i) > r ? i + r : n - 1;
    int32_t m = a[lo];
    for (size_t j = lo + 1; j <= hi; j++)
      if (a[j] > m) m = a[j];
    out[i] = m;
  }
}
