#include <limits.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 1013904223u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return (a > b) - (a < b);
}
static int cmp_i32(const void *x, const void *y) {
  int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
  return (a > b) - (a < b);
}
static int cmp_u8(const void *x, const void *y) {
  return (int)*(const uint8_t *)x - (int)*(const uint8_t *)y;
}

#define MAXN 2000
static uint8_t b8[MAXN], r8[MAXN];
static uint32_t u[MAXN], ur[MAXN], ut[MAXN];
static int32_t s[MAXN], sr[MAXN], st[MAXN];
static int ia[MAXN], io[MAXN], ir[MAXN];

int main(void) {
  counting_sort_u8(NULL, 0);
  uint8_t bytes[] = {255, 0, 128, 0, 1, 255};
  counting_sort_u8(bytes, 6);
  const uint8_t bs[] = {0, 0, 1, 128, 255, 255};
  CHECK(memcmp(bytes, bs, 6) == 0);

  int small[] = {3, -2, 3, 0, -2, 1};
  int outs[6];
  CHECK(counting_sort_range(small, 6, -2, 3, outs) == 0);
  const int ss[] = {-2, -2, 0, 1, 3, 3};
  for (int i = 0; i < 6; i++) CHECK(outs[i] == ss[i]);
  CHECK(counting_sort_range(small, 6, -1, 3, outs) == -1);
  CHECK(counting_sort_range(small, 6, -2, 2, outs) == -1);
  CHECK(counting_sort_range(small, 6, 3, -2, outs) == -1);
  CHECK(counting_sort_range(small, 6, INT_MIN, INT_MAX, outs) == -1);
  CHECK(counting_sort_range(small, 0, 5, 5, outs) == 0);
  int extremes[] = {INT_MAX, INT_MAX - 3, INT_MAX - 1};
  CHECK(counting_sort_range(extremes, 3, INT_MAX - 10, INT_MAX, outs) == 0);
  CHECK(outs[0] == INT_MAX - 3 && outs[1] == INT_MAX - 1 && outs[2] == INT_MAX);
  int lows[] = {INT_MIN + 2, INT_MIN};
  CHECK(counting_sort_range(lows, 2, INT_MIN, INT_MIN + 65535, outs) == 0);
  CHECK(outs[0] == INT_MIN && outs[1] == INT_MIN + 2);

  uint32_t uu[] = {0xFFFFFFFFu, 0, 0x80000000u, 0x7FFFFFFFu, 256, 255};
  uint32_t tt[6];
  radix_sort_u32(uu, 6, tt);
  const uint32_t us[] = {0, 255, 256, 0x7FFFFFFFu, 0x80000000u, 0xFFFFFFFFu};
  for (int i = 0; i < 6; i++) CHECK(uu[i] == us[i]);
  int32_t si[] = {INT32_MAX, -1, INT32_MIN, 0, 1, -256};
  int32_t stt[6];
  radix_sort_i32(si, 6, stt);
  const int32_t sis[] = {INT32_MIN, -256, -1, 0, 1, INT32_MAX};
  for (int i = 0; i < 6; i++) CHECK(si[i] == sis[i]);
  radix_sort_i32(NULL, 0, NULL);
  radix_sort_u32(NULL, 0, NULL);

  for (int iter = 0; iter < 80; iter++) {
    size_t n = iter < 20 ? (size_t)iter : rnd() % MAXN;
    for (size_t i = 0; i < n; i++) {
      b8[i] = (uint8_t)(rnd() >> 24);
      u[i] = iter % 3 == 0 ? rnd() % 1000 : rnd();
      s[i] = (int32_t)(rnd() % 2000001u) - 1000000;
      if (iter % 5 == 0) s[i] *= 1000;
      ia[i] = (int)(rnd() % 301) - 150;
    }
    memcpy(r8, b8, n);
    qsort(r8, n, 1, cmp_u8);
    counting_sort_u8(b8, n);
    CHECK(n == 0 || memcmp(b8, r8, n) == 0);

    memcpy(ur, u, n * 4);
    qsort(ur, n, 4, cmp_u32);
    radix_sort_u32(u, n, ut);
    for (size_t i = 0; i < n; i++) CHECK(u[i] == ur[i]);

    memcpy(sr, s, n * 4);
    qsort(sr, n, 4, cmp_i32);
    radix_sort_i32(s, n, st);
    for (size_t i = 0; i < n; i++) CHECK(s[i] == sr[i]);

    memcpy(ir, ia, n * sizeof(int));
    qsort(ir, n, sizeof(int), cmp_i32);
    CHECK(counting_sort_range(ia, n, -150, 150, io) == 0);
    for (size_t i = 0; i < n; i++) CHECK(io[i] == ir[i]);
  }
  return 0;
}
