#include <limits.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 5151515u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define MAXN 2000
static int32_t a[MAXN];
static int64_t inc[MAXN], exc[MAXN + 1];
static uint32_t u[MAXN], uref[MAXN];
static int32_t m[40 * 40];
static int64_t S[41 * 41];

int main(void) {
  int64_t one[1];
  exclusive_scan(a, exc, 0);
  CHECK(exc[0] == 0);
  inclusive_scan(a, one, 0);
  const int32_t v[] = {3, -1, 4, -1, 5};
  int64_t out[5], ex[6];
  inclusive_scan(v, out, 5);
  CHECK(out[0] == 3 && out[1] == 2 && out[2] == 6 && out[3] == 5 && out[4] == 10);
  exclusive_scan(v, ex, 5);
  CHECK(ex[0] == 0 && ex[1] == 3 && ex[5] == 10);
  CHECK(range_sum(ex, 1, 4) == 2);
  CHECK(range_sum(ex, 2, 2) == 0);
  const int32_t extreme[] = {INT32_MAX, INT32_MAX, INT32_MAX};
  inclusive_scan(extreme, out, 3);
  CHECK(out[2] == 3LL * INT32_MAX);
  uint32_t w[] = {0xFFFFFFFFu, 1, 5};
  scan_inplace_u32(w, 3);
  CHECK(w[0] == 0xFFFFFFFFu && w[1] == 0 && w[2] == 5);
  scan_inplace_u32(w, 0);

  const int32_t zs[] = {1, 1, 1};
  CHECK(count_subarrays_with_sum(zs, 3, 2) == 2);
  const int32_t z2[] = {0, 0, 0};
  CHECK(count_subarrays_with_sum(z2, 3, 0) == 6);
  const int32_t z3[] = {1, 2, 3};
  CHECK(count_subarrays_with_sum(z3, 3, 3) == 2);
  CHECK(count_subarrays_with_sum(z3, 0, 0) == 0);
  CHECK(count_subarrays_with_sum(z3, 3, 7) == 0);

  const int32_t grid[] = {1, 2, 3, 4, 5, 6}; /* 2 x 3 */
  int64_t G[3 * 4];
  summed_area(grid, 2, 3, G);
  CHECK(G[2 * 4 + 3] == 21);
  CHECK(rect_sum(G, 3, 0, 0, 2, 3) == 21);
  CHECK(rect_sum(G, 3, 1, 1, 2, 3) == 11);
  CHECK(rect_sum(G, 3, 0, 2, 2, 3) == 9);
  CHECK(rect_sum(G, 3, 1, 1, 1, 3) == 0);

  for (int iter = 0; iter < 200; iter++) {
    size_t n = iter < 30 ? (size_t)iter : rnd() % MAXN;
    int small = iter % 3 == 0;
    for (size_t i = 0; i < n; i++) {
      a[i] = small ? (int32_t)(rnd() % 7) - 3 : (int32_t)rnd();
      u[i] = uref[i] = rnd();
    }
    inclusive_scan(a, inc, n);
    exclusive_scan(a, exc, n);
    int64_t s = 0;
    for (size_t i = 0; i < n; i++) {
      CHECK(exc[i] == s);
      s += a[i];
      CHECK(inc[i] == s);
    }
    CHECK(exc[n] == s);
    for (int q = 0; q < 50 && n > 0; q++) {
      size_t lo = rnd() % (n + 1), hi = rnd() % (n + 1);
      if (lo > hi) { size_t t = lo; lo = hi; hi = t; }
      int64_t t = 0;
      for (size_t i = lo; i < hi; i++) t += a[i];
      CHECK(range_sum(exc, lo, hi) == t);
    }
    scan_inplace_u32(u, n);
    uint32_t acc = 0;
    for (size_t i = 0; i < n; i++) { acc += uref[i]; CHECK(u[i] == acc); }

    if (small && n <= 300) {
      int64_t k = (int64_t)(rnd() % 9) - 4;
      long long c = 0;
      for (size_t i = 0; i < n; i++) {
        int64_t t = 0;
        for (size_t j = i; j < n; j++) { t += a[j]; if (t == k) c++; }
      }
      CHECK(count_subarrays_with_sum(a, n, k) == c);
    }

    size_t rows = rnd() % 40, cols = rnd() % 40;
    for (size_t i = 0; i < rows * cols; i++) m[i] = (int32_t)(rnd() % 2001) - 1000;
    summed_area(m, rows, cols, S);
    for (int q = 0; q < 30; q++) {
      size_t r0 = rnd() % (rows + 1), r1 = rnd() % (rows + 1), c0 = rnd() % (cols + 1), c1 = rnd() % (cols + 1);
      if (r0 > r1) { size_t t = r0; r0 = r1; r1 = t; }
      if (c0 > c1) { size_t t = c0; c0 = c1; c1 = t; }
      int64_t t = 0;
      for (size_t r = r0; r < r1; r++)
        for (size_t c = c0; c < c1; c++) t += m[r * cols + c];
      CHECK(rect_sum(S, cols, r0, c0, r1, c1) == t);
    }
  }
  return 0;
}
