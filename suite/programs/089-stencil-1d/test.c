#include <math.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 13131313u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define MAXN 600
static double din[MAXN], dout[MAXN], u[MAXN], scratch[MAXN], ref[MAXN], ref2[MAXN];
static int32_t iin[MAXN], wout[MAXN];
static int64_t iout[MAXN];

static int32_t clamp_get(const int32_t *a, long i, long n) {
  if (i < 0) i = 0;
  if (i >= n) i = n - 1;
  return a[i];
}

int main(void) {
  smooth3(din, dout, 0);
  const double s1[] = {3, 6, 9, 0, 3};
  double so[5];
  smooth3(s1, so, 5);
  CHECK(so[0] == 3 && so[4] == 3);
  CHECK_NEAR(so[1], 6, 1e-12);
  CHECK_NEAR(so[2], 5, 1e-12);
  CHECK_NEAR(so[3], 4, 1e-12);
  smooth3(s1, so, 1);
  CHECK(so[0] == 3);
  smooth3(s1, so, 2);
  CHECK(so[0] == 3 && so[1] == 6);

  const int32_t f[] = {1, 2, 3, 4};
  int64_t fo[4];
  filter121(f, fo, 4);
  CHECK(fo[0] == 5 && fo[1] == 8 && fo[2] == 12 && fo[3] == 15);
  filter121(f, fo, 1);
  CHECK(fo[0] == 4);
  const int32_t big[] = {INT32_MAX, INT32_MAX, INT32_MIN};
  filter121(big, fo, 3);
  CHECK(fo[0] == 4LL * INT32_MAX && fo[1] == 3LL * INT32_MAX + INT32_MIN);
  CHECK(fo[2] == (int64_t)INT32_MAX + 3LL * INT32_MIN);

  const int32_t sq[] = {0, 1, 4, 9, 16, 25};
  int64_t d[4];
  second_diff(sq, d, 6);
  for (int i = 0; i < 4; i++) CHECK(d[i] == 2);
  second_diff(sq, d, 2); /* nothing */

  const int32_t wm[] = {1, 5, 2, 0, 7, 3};
  int32_t wmo[6];
  window_max(wm, wmo, 6, 1);
  const int32_t wme[] = {5, 5, 5, 7, 7, 7};
  CHECK(memcmp(wmo, wme, sizeof wme) == 0);
  window_max(wm, wmo, 6, 0);
  CHECK(memcmp(wmo, wm, sizeof wm) == 0);
  window_max(wm, wmo, 6, 100);
  for (int i = 0; i < 6; i++) CHECK(wmo[i] == 7);

  /* heat equation with fixed ends: a linear profile is stationary */
  for (size_t i = 0; i < 50; i++) u[i] = 2.0 * (double)i - 7.0;
  heat_steps(u, scratch, 50, 0.4, 101);
  for (size_t i = 0; i < 50; i++) CHECK_NEAR(u[i], 2.0 * (double)i - 7.0, 1e-9);
  u[0] = 1.0;
  heat_steps(u, scratch, 1, 0.4, 10);
  CHECK(u[0] == 1.0);

  for (int iter = 0; iter < 200; iter++) {
    size_t n = iter < 20 ? (size_t)iter : rnd() % MAXN;
    for (size_t i = 0; i < n; i++) {
      din[i] = (double)((int)(rnd() % 2001) - 1000) / 10.0;
      iin[i] = iter % 4 == 0 ? (int32_t)rnd() : (int32_t)(rnd() % 201) - 100;
    }
    smooth3(din, dout, n);
    for (size_t i = 0; i < n; i++) {
      if (i == 0 || i + 1 == n) CHECK(dout[i] == din[i]);
      else CHECK_NEAR(dout[i], (din[i - 1] + din[i] + din[i + 1]) / 3.0, 1e-12);
    }
    filter121(iin, iout, n);
    for (long i = 0; i < (long)n; i++) {
      int64_t e = (int64_t)clamp_get(iin, i - 1, (long)n) + 2 * (int64_t)clamp_get(iin, i, (long)n) +
                  clamp_get(iin, i + 1, (long)n);
      CHECK(iout[i] == e);
    }
    if (n >= 3) {
      second_diff(iin, iout, n);
      /* summing second differences telescopes: sum = (a[n-1]-a[n-2]) - (a[1]-a[0]) */
      int64_t s = 0;
      for (size_t i = 0; i + 2 < n; i++) s += iout[i];
      CHECK(s == ((int64_t)iin[n - 1] - iin[n - 2]) - ((int64_t)iin[1] - iin[0]));
    }
    size_t r = rnd() % 6;
    window_max(iin, wout, n, r);
    for (size_t i = 0; i < n; i++) {
      int32_t m = INT32_MIN;
      for (size_t j = 0; j < n; j++)
        if ((j + r >= i) && (j <= i + r) && iin[j] > m) m = iin[j];
      CHECK(wout[i] == m);
    }

    /* heat: compare with a reference using two explicit arrays */
    int steps = (int)(rnd() % 30);
    double rr = 0.1 + (double)(rnd() % 40) / 100.0;
    for (size_t i = 0; i < n; i++) u[i] = ref[i] = din[i];
    for (int s = 0; s < steps && n >= 3; s++) {
      ref2[0] = ref[0];
      ref2[n - 1] = ref[n - 1];
      for (size_t i = 1; i + 1 < n; i++) ref2[i] = ref[i] + rr * (ref[i - 1] - 2.0 * ref[i] + ref[i + 1]);
      memcpy(ref, ref2, n * sizeof(double));
    }
    heat_steps(u, scratch, n, rr, steps);
    for (size_t i = 0; i < n; i++) CHECK_NEAR(u[i], ref[i], 1e-9);
    /* stability (r <= 0.5): values stay within the initial range */
    if (n >= 3) {
      double lo = din[0], hi = din[0];
      for (size_t i = 0; i < n; i++) { lo = fmin(lo, din[i]); hi = fmax(hi, din[i]); }
      for (size_t i = 0; i < n; i++) CHECK(u[i] >= lo - 1e-9 && u[i] <= hi + 1e-9);
    }
  }
  return 0;
}
