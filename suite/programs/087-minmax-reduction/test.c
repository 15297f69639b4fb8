#include <math.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 424242u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define MAXN 3001
static int32_t a[MAXN], c[MAXN];
static float f[MAXN];
static uint8_t b[MAXN];

int main(void) {
  const int32_t one[] = {-7};
  int32_t mn, mx;
  CHECK(min_i32(one, 1) == -7 && max_i32(one, 1) == -7);
  CHECK(argmin_i32(one, 1) == 0 && argmax_i32(one, 1) == 0);
  minmax_i32(one, 1, &mn, &mx);
  CHECK(mn == -7 && mx == -7);
  CHECK(range_i32(one, 1) == 0);
  const int32_t ext[] = {0, INT32_MAX, INT32_MIN, INT32_MAX, INT32_MIN};
  CHECK(min_i32(ext, 5) == INT32_MIN && max_i32(ext, 5) == INT32_MAX);
  CHECK(argmin_i32(ext, 5) == 2 && argmax_i32(ext, 5) == 1);
  CHECK(range_i32(ext, 5) == 0xFFFFFFFFu);
  minmax_i32(ext, 4, &mn, &mx);
  CHECK(mn == INT32_MIN && mx == INT32_MAX);
  const int32_t two[] = {5, 3};
  minmax_i32(two, 2, &mn, &mx);
  CHECK(mn == 3 && mx == 5);
  const float fl[] = {1.5f, -2.25f, 0.0f, -0.5f, 2.0f};
  CHECK(min_f32(fl, 5) == -2.25f);
  CHECK(max_abs_f32(fl, 5) == 2.25f);
  CHECK(max_abs_f32(fl, 0) == 0.0f);
  const float inf[] = {1.0f, (float)INFINITY, -(float)INFINITY};
  CHECK(min_f32(inf, 3) == -(float)INFINITY && max_abs_f32(inf, 3) == (float)INFINITY);
  const uint8_t bytes[] = {3, 255, 7, 0};
  CHECK(max_u8(bytes, 4) == 255 && max_u8(bytes, 0) == 0 && max_u8(bytes + 2, 2) == 7);
  int32_t cl[] = {-100, 0, 50, 100, INT32_MIN, INT32_MAX};
  clamp_i32(cl, 6, -10, 60);
  CHECK(cl[0] == -10 && cl[1] == 0 && cl[2] == 50 && cl[3] == 60 && cl[4] == -10 && cl[5] == 60);
  clamp_i32(cl, 0, 0, 0);

  for (int iter = 0; iter < 200; iter++) {
    size_t n = iter < 30 ? (size_t)iter + 1 : rnd() % MAXN + 1;
    int narrow = iter % 3 == 0;
    for (size_t i = 0; i < n; i++) {
      a[i] = narrow ? (int32_t)(rnd() % 10) - 5 : (int32_t)rnd();
      f[i] = (float)((int32_t)(rnd() % 200001) - 100000) / 64.0f;
      b[i] = (uint8_t)(rnd() % (iter % 5 == 0 ? 50 : 256));
    }
    int32_t rmin = a[0], rmax = a[0];
    size_t amin = 0, amax = 0;
    for (size_t i = n; i-- > 0;) { /* backwards scan, <= keeps the earliest */
      if (a[i] <= rmin) { rmin = a[i]; amin = i; }
      if (a[i] >= rmax) { rmax = a[i]; amax = i; }
    }
    CHECK(min_i32(a, n) == rmin && max_i32(a, n) == rmax);
    CHECK(argmin_i32(a, n) == amin && argmax_i32(a, n) == amax);
    minmax_i32(a, n, &mn, &mx);
    CHECK(mn == rmin && mx == rmax);
    CHECK(range_i32(a, n) == (uint32_t)rmax - (uint32_t)rmin);

    float fmin = f[0], fabsmax = 0.0f;
    for (size_t i = 0; i < n; i++) {
      fmin = fminf(fmin, f[i]);
      fabsmax = fmaxf(fabsmax, fabsf(f[i]));
    }
    CHECK(min_f32(f, n) == fmin);
    CHECK(max_abs_f32(f, n) == fabsmax);

    unsigned bm = 0;
    for (size_t i = 0; i < n; i++) if (b[i] > bm) bm = b[i];
    CHECK(max_u8(b, n) == bm);

    int32_t lo = (int32_t)(rnd() % 2001) - 1000, hi = lo + (int32_t)(rnd() % 2000);
    if (!narrow) {
      lo *= 1000000;
      int64_t h = (int64_t)lo + (int64_t)(rnd() % 2000000000u);
      hi = h > INT32_MAX ? INT32_MAX : (int32_t)h;
    }
    memcpy(c, a, n * sizeof *a);
    clamp_i32(c, n, lo, hi);
    for (size_t i = 0; i < n; i++) {
      int32_t e = a[i] < lo ? lo : (a[i] > hi ? hi : a[i]);
      CHECK(c[i] == e);
    }
  }
  return 0;
}
