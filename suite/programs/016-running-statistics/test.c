#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0xA5A5A5A55A5A5A5Aull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static double ref_median(const double *v, size_t n) {
  double *w = malloc(n * sizeof *w);
  CHECK(w != NULL);
  for (size_t i = 0; i < n; i++) {
    double x = v[i];
    size_t j = i;
    while (j > 0 && w[j - 1] > x) {
      w[j] = w[j - 1];
      j--;
    }
    w[j] = x;
  }
  double m = n % 2 ? w[n / 2] : 0.5 * (w[n / 2 - 1] + w[n / 2]);
  free(w);
  return m;
}

int main(void) {
  running_stats s;
  stats_init(&s);
  CHECK(s.n == 0 && stats_mean(&s) == 0.0 && stats_variance_sample(&s) == 0.0 && stats_variance_population(&s) == 0.0);
  stats_push(&s, 5.0);
  CHECK(s.n == 1 && stats_mean(&s) == 5.0 && stats_variance_sample(&s) == 0.0 && s.min == 5.0 && s.max == 5.0);
  const double data[] = {2, 4, 4, 4, 5, 5, 7, 9};
  stats_init(&s);
  for (int i = 0; i < 8; i++) stats_push(&s, data[i]);
  CHECK_NEAR(stats_mean(&s), 5.0, 1e-15);
  CHECK_NEAR(stats_variance_population(&s), 4.0, 1e-15);
  CHECK_NEAR(stats_variance_sample(&s), 32.0 / 7.0, 1e-15);
  CHECK(s.min == 2.0 && s.max == 9.0);
  CHECK(median(data, 8) == 4.5);
  CHECK(median(data, 1) == 2.0);
  CHECK(median(data, 0) == 0.0);
  const double odd[] = {3.5, -1.0, 10.0, 2.0, 2.0};
  CHECK(median(odd, 5) == 2.0);
  CHECK(odd[0] == 3.5 && odd[2] == 10.0); /* input untouched */

  /* numerically hard case: large offset, small spread (naive sum-of-squares would fail) */
  stats_init(&s);
  for (int i = 0; i < 1000; i++) stats_push(&s, 1e9 + (double)(i % 10));
  CHECK_NEAR(stats_mean(&s), 1e9 + 4.5, 1e-15);
  CHECK_NEAR(stats_variance_population(&s), 8.25, 1e-7);

  /* random data: compare with a two-pass reference, and merge of split accumulators */
  static double v[2001];
  for (int trial = 0; trial < 40; trial++) {
    size_t n = 1 + (size_t)(next_u64() % 2000);
    double scale = (double)(1 + trial) * 3.0, offset = (double)trial * 100.0 - 2000.0;
    for (size_t i = 0; i < n; i++) {
      double u = (double)(next_u64() >> 11) / 9007199254740992.0;
      v[i] = offset + scale * u;
      if (trial % 4 == 0) v[i] = (double)(next_u64() % 7); /* many duplicates */
    }
    double sum = 0.0;
    for (size_t i = 0; i < n; i++) sum += v[i];
    double mean = sum / (double)n, ss = 0.0, mn = v[0], mx = v[0];
    for (size_t i = 0; i < n; i++) {
      ss += (v[i] - mean) * (v[i] - mean);
      if (v[i] < mn) mn = v[i];
      if (v[i] > mx) mx = v[i];
    }
    running_stats a, b, all;
    stats_init(&a);
    stats_init(&b);
    stats_init(&all);
    size_t split = (size_t)(next_u64() % (n + 1));
    for (size_t i = 0; i < n; i++) {
      stats_push(&all, v[i]);
      stats_push(i < split ? &a : &b, v[i]);
    }
    CHECK(all.n == n);
    CHECK_NEAR(stats_mean(&all), mean, 1e-12);
    CHECK_NEAR(stats_variance_population(&all), ss / (double)n, 1e-10);
    if (n > 1) CHECK_NEAR(stats_variance_sample(&all), ss / (double)(n - 1), 1e-10);
    CHECK(all.min == mn && all.max == mx);
    stats_merge(&a, &b, &a); /* aliasing output */
    CHECK(a.n == n && a.min == mn && a.max == mx);
    CHECK_NEAR(stats_mean(&a), mean, 1e-12);
    CHECK_NEAR(stats_variance_population(&a), ss / (double)n, 1e-10);
    CHECK(median(v, n) == ref_median(v, n));
  }
  /* small sizes and sorted / reversed / constant inputs */
  for (size_t n = 1; n <= 12; n++) {
    double w[12];
    for (size_t i = 0; i < n; i++) w[i] = (double)i;
    CHECK(median(w, n) == ref_median(w, n));
    for (size_t i = 0; i < n; i++) w[i] = (double)(n - i);
    CHECK(median(w, n) == ref_median(w, n));
    for (size_t i = 0; i < n; i++) w[i] = 1.25;
    CHECK(median(w, n) == 1.25);
  }
  return 0;
}
