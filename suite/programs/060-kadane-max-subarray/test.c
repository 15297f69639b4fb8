#include <limits.h>
#include "check.h"
#include "solution.h"

static unsigned long long rng_state = 0xABCDEF12345ull;
static unsigned rnd(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (unsigned)(rng_state >> 32);
}

static long long range_sum(const int *a, size_t s, size_t e) {
  long long t = 0;
  for (size_t i = s; i <= e; i++) t += a[i];
  return t;
}

int main(void) {
  size_t s = 9, e = 9;
  CHECK(max_subarray(NULL, 0, &s, &e) == 0 && s == 0 && e == 0);
  const int classic[] = {-2, 1, -3, 4, -1, 2, 1, -5, 4};
  CHECK(max_subarray(classic, 9, &s, &e) == 6 && s == 3 && e == 6);
  const int neg[] = {-8, -3, -6, -2, -5, -4};
  CHECK(max_subarray(neg, 6, &s, &e) == -2 && s == 3 && e == 3);
  const int one[] = {INT_MIN};
  CHECK(max_subarray(one, 1, &s, &e) == INT_MIN && s == 0 && e == 0);
  const int big[] = {INT_MAX, INT_MAX, INT_MAX};
  CHECK(max_subarray(big, 3, &s, &e) == 3LL * INT_MAX && s == 0 && e == 2);
  const int circ[] = {5, -3, 5};
  CHECK(max_circular_subarray(circ, 3) == 10);
  const int circ2[] = {-3, -2, -3};
  CHECK(max_circular_subarray(circ2, 3) == -2);
  const int circ3[] = {3, -1, 2, -1};
  CHECK(max_circular_subarray(circ3, 4) == 4);
  const int prod[] = {2, 3, -2, 4};
  CHECK(max_product_subarray(prod, 4) == 6);
  const int prod2[] = {-2, 0, -1};
  CHECK(max_product_subarray(prod2, 3) == 0);
  const int prod3[] = {-2, 3, -4};
  CHECK(max_product_subarray(prod3, 3) == 24);
  CHECK(max_window_sum(classic, 9, 1) == 4);
  CHECK(max_window_sum(classic, 9, 4) == 6);
  CHECK(max_window_sum(classic, 9, 9) == 1);
  CHECK(max_window_sum(big, 3, 2) == 2LL * INT_MAX);

  int a[64];
  for (int iter = 0; iter < 4000; iter++) {
    size_t n = rnd() % 60 + 1;
    int huge = iter % 10 == 0;
    for (size_t i = 0; i < n; i++)
      a[i] = huge ? (int)(rnd() % 2 ? INT_MAX - (int)(rnd() % 5) : INT_MIN + (int)(rnd() % 5))
                  : (int)(rnd() % 41) - 20;
    long long best = LLONG_MIN, best_circ = LLONG_MIN;
    for (size_t i = 0; i < n; i++) {
      long long t = 0;
      for (size_t len = 1; len <= n; len++) {
        t += a[(i + len - 1) % n];
        if (i + len <= n && t > best) best = t;
        if (t > best_circ) best_circ = t;
      }
    }
    CHECK(max_subarray(a, n, &s, &e) == best);
    CHECK(s <= e && e < n);
    CHECK(range_sum(a, s, e) == best);
    CHECK(max_circular_subarray(a, n) == best_circ);
    size_t k = rnd() % n + 1;
    long long bw = LLONG_MIN;
    for (size_t i = 0; i + k <= n; i++) {
      long long t = range_sum(a, i, i + k - 1);
      if (t > bw) bw = t;
    }
    CHECK(max_window_sum(a, n, k) == bw);

    size_t m = rnd() % 16 + 1;
    int p[16];
    for (size_t i = 0; i < m; i++) p[i] = (int)(rnd() % 21) - 10;
    long long bp = LLONG_MIN;
    for (size_t i = 0; i < m; i++) {
      long long t = 1;
      for (size_t j = i; j < m; j++) {
        t *= p[j];
        if (t > bp) bp = t;
      }
    }
    CHECK(max_product_subarray(p, m) == bp);
  }
  return 0;
}
