#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x5DEECE66DFULL;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}
static double unit(void) { return (double)(next_u64() >> 11) / 9007199254740992.0; }

int main(void) {
  CHECK(sum_naive(NULL, 0) == 0.0 && sum_kahan(NULL, 0) == 0.0);
  CHECK(sum_neumaier(NULL, 0) == 0.0 && sum_pairwise(NULL, 0) == 0.0 && dot_compensated(NULL, NULL, 0) == 0.0);
  const double one[] = {42.5};
  CHECK(sum_naive(one, 1) == 42.5 && sum_kahan(one, 1) == 42.5 && sum_neumaier(one, 1) == 42.5);
  CHECK(sum_pairwise(one, 1) == 42.5);

  /* classic: terms larger than the running sum */
  const double big[] = {1.0, 1e100, 1.0, -1e100};
  CHECK(sum_naive(big, 4) == 0.0);
  CHECK(sum_neumaier(big, 4) == 2.0);

  /* 1 + many tiny terms below half an ulp of 1 */
  enum { N = 1 << 18 };
  double *v = malloc(N * sizeof *v);
  CHECK(v != NULL);
  v[0] = 1.0;
  for (int i = 1; i < N; i++) v[i] = 0x1p-54; /* each lost by naive summation */
  double exact = 1.0 + (double)(N - 1) * 0x1p-54;
  CHECK(sum_naive(v, N) == 1.0);
  CHECK(sum_kahan(v, N) == exact);
  CHECK(sum_neumaier(v, N) == exact);
  CHECK_NEAR(sum_pairwise(v, N), exact, 1e-15);

  /* 0.1 two hundred thousand times */
  for (int i = 0; i < 200000; i++) v[i] = 0.1;
  double naive_err = fabs(sum_naive(v, 200000) - 20000.0);
  CHECK(naive_err > 1e-9);
  CHECK_NEAR(sum_kahan(v, 200000), 20000.0, 1e-15);
  CHECK_NEAR(sum_neumaier(v, 200000), 20000.0, 1e-15);
  CHECK_NEAR(sum_pairwise(v, 200000), 20000.0, 1e-13);

  /* exactly known sums: values k * 2^-30 with integer k, summed exactly in int64 */
  for (int trial = 0; trial < 30; trial++) {
    size_t n = 1 + (size_t)(next_u64() % 2000);
    int64_t total = 0;
    double abs_sum = 0.0;
    for (size_t i = 0; i < n; i++) {
      int64_t k = (int64_t)(next_u64() >> 12); /* < 2^52 */
      if (i % 3 == 1) k >>= 30;                /* mix large and small magnitudes */
      if (next_u64() & 1) k = -k;
      total += k;
      v[i] = ldexp((double)k, -30);
      abs_sum += fabs(v[i]);
    }
    double ref = ldexp((double)total, -30);
    double tol = 2.3e-16 * fabs(ref) + 1e-30 * abs_sum * (double)n;
    CHECK(fabs(sum_neumaier(v, n) - ref) <= tol);
    CHECK(fabs(sum_kahan(v, n) - ref) <= tol);
    CHECK(fabs(sum_pairwise(v, n) - ref) <= 1.2e-16 * 32.0 * abs_sum);
    CHECK(fabs(sum_naive(v, n) - ref) <= 1.2e-16 * (double)n * abs_sum);
  }

  /* dot products */
  const double a1[] = {1.0 + 0x1p-30, 1.0}, b1[] = {1.0 - 0x1p-30, -1.0};
  CHECK(dot_compensated(a1, b1, 2) == -0x1p-60);
  const double a2[] = {1e16, 1.0, -1e16}, b2[] = {1.0, 1.0, 1.0};
  CHECK(dot_compensated(a2, b2, 3) == 1.0);
  const double a3[] = {1.5, 2.0, -3.0}, b3[] = {4.0, 0.25, 2.0};
  CHECK(dot_compensated(a3, b3, 3) == 0.5);
  /* ill-conditioned: pairs (x, y) and (-x, y) cancel, leaving 1 */
  enum { M = 500 };
  double *x = malloc((2 * M + 1) * sizeof *x), *y = malloc((2 * M + 1) * sizeof *y);
  CHECK(x != NULL && y != NULL);
  for (int i = 0; i < M; i++) {
    x[i] = (unit() - 0.5) * 1e10;
    y[i] = (unit() - 0.5) * 1e8;
  }
  for (int i = 0; i < M; i++) { /* mirrored in reverse order */
    x[M + i] = -x[M - 1 - i];
    y[M + i] = y[M - 1 - i];
  }
  /* insert the 1*1 term in the middle by swapping it in */
  x[2 * M] = x[M];
  y[2 * M] = y[M];
  x[M] = 1.0;
  y[M] = 1.0;
  CHECK_NEAR(dot_compensated(x, y, 2 * M + 1), 1.0, 1e-12);
  free(x);
  free(y);
  free(v);
  return 0;
}
