#include <limits.h>
#include <math.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x853C49E6748FEA9Bull;
static uint64_t rnd(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return rng_state = x;
}

#define MAXN 300
static int a[MAXN], rot[MAXN];

int main(void) {
  CHECK(lower_bound_int(NULL, 0, 5) == 0);
  CHECK(upper_bound_int(NULL, 0, 5) == 0);
  CHECK(binary_search_int(NULL, 0, 5) == -1);
  CHECK(search_rotated(NULL, 0, 5) == -1);
  const int s[] = {1, 3, 3, 3, 7, 9};
  CHECK(lower_bound_int(s, 6, 3) == 1);
  CHECK(upper_bound_int(s, 6, 3) == 4);
  CHECK(lower_bound_int(s, 6, 0) == 0);
  CHECK(lower_bound_int(s, 6, 10) == 6);
  CHECK(upper_bound_int(s, 6, 9) == 6);
  CHECK(count_equal(s, 6, 3) == 3);
  CHECK(count_equal(s, 6, 4) == 0);
  CHECK(binary_search_int(s, 6, 7) == 4);
  CHECK(binary_search_int(s, 6, 8) == -1);
  const int ext[] = {INT_MIN, INT_MIN, 0, INT_MAX};
  CHECK(lower_bound_int(ext, 4, INT_MIN) == 0);
  CHECK(upper_bound_int(ext, 4, INT_MIN) == 2);
  CHECK(upper_bound_int(ext, 4, INT_MAX) == 4);
  CHECK(binary_search_int(ext, 4, INT_MAX) == 3);
  const int r[] = {4, 5, 6, 7, 0, 1, 2};
  CHECK(search_rotated(r, 7, 0) == 4);
  CHECK(search_rotated(r, 7, 3) == -1);
  CHECK(search_rotated(r, 7, 4) == 0);
  CHECK(search_rotated(r, 7, 2) == 6);
  const int one[] = {5};
  CHECK(search_rotated(one, 1, 5) == 0 && search_rotated(one, 1, 4) == -1);

  for (int iter = 0; iter < 150; iter++) {
    size_t n = iter < 30 ? (size_t)iter : rnd() % MAXN;
    int v = (int)(rnd() % 20) - 40;
    for (size_t i = 0; i < n; i++) {
      v += (int)(rnd() % 3); /* non-decreasing with duplicates */
      a[i] = v;
    }
    for (int key = -45; key < v + 3; key++) {
      size_t lb = 0, ub = 0;
      while (lb < n && a[lb] < key) lb++;
      while (ub < n && a[ub] <= key) ub++;
      CHECK(lower_bound_int(a, n, key) == lb);
      CHECK(upper_bound_int(a, n, key) == ub);
      CHECK(count_equal(a, n, key) == ub - lb);
      long idx = binary_search_int(a, n, key);
      if (lb == ub) CHECK(idx == -1);
      else CHECK(idx >= (long)lb && idx < (long)ub);
    }
    /* strictly increasing, rotated by k */
    if (n == 0) continue;
    size_t k = rnd() % n;
    int w = (int)(rnd() % 100) - 50;
    for (size_t i = 0; i < n; i++) {
      w += 1 + (int)(rnd() % 4);
      rot[(i + k) % n] = w;
    }
    for (int key = rot[k] - 2; key <= w + 2; key++) {
      long expect = -1;
      for (size_t i = 0; i < n; i++) if (rot[i] == key) expect = (long)i;
      CHECK(search_rotated(rot, n, key) == expect);
    }
  }

  CHECK(isqrt_u64(0) == 0);
  CHECK(isqrt_u64(1) == 1);
  CHECK(isqrt_u64(3) == 1);
  CHECK(isqrt_u64(4) == 2);
  CHECK(isqrt_u64(UINT64_MAX) == 4294967295u);
  CHECK(isqrt_u64(4294967296ull * 4294967296ull - 1) == 4294967295u);
  CHECK(isqrt_u64(4294967295ull * 4294967295ull) == 4294967295u);
  CHECK(isqrt_u64(4294967295ull * 4294967295ull - 1) == 4294967294u);
  for (uint64_t x = 0; x < 5000; x++) {
    uint64_t q = isqrt_u64(x);
    CHECK(q * q <= x && (q + 1) * (q + 1) > x);
  }
  for (int i = 0; i < 5000; i++) {
    uint64_t x = rnd() >> (rnd() % 64);
    uint64_t q = isqrt_u64(x);
    CHECK(q <= 4294967295u);
    CHECK(q * q <= x);
    CHECK(q == 4294967295u || (q + 1) * (q + 1) > x);
    double approx = sqrt((double)x);
    CHECK(fabs(approx - (double)q) < 2.0);
  }
  return 0;
}
