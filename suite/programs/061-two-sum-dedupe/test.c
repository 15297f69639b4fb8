#include <limits.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 2024u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

int main(void) {
  size_t i = 77, j = 77;
  const int a1[] = {2, 7, 11, 15};
  CHECK(two_sum(a1, 4, 9, &i, &j) && i == 0 && j == 1);
  CHECK(two_sum(a1, 4, 26, &i, &j) && i == 2 && j == 3);
  CHECK(!two_sum(a1, 4, 100, &i, &j));
  CHECK(!two_sum(a1, 1, 2, &i, &j));
  CHECK(!two_sum(NULL, 0, 0, &i, &j));
  const int a2[] = {3, 3};
  CHECK(two_sum(a2, 2, 6, &i, &j) && i == 0 && j == 1);
  const int a3[] = {3, 2, 4};
  CHECK(two_sum(a3, 3, 6, &i, &j) && i == 1 && j == 2);
  const int ext[] = {INT_MAX, 0, INT_MIN, INT_MAX};
  CHECK(two_sum(ext, 4, 2LL * INT_MAX, &i, &j) && i == 0 && j == 3);
  CHECK(two_sum(ext, 4, -1, &i, &j) && i == 0 && j == 2);
  CHECK(two_sum(ext, 4, (long long)INT_MIN, &i, &j) && i == 1 && j == 2);
  CHECK(count_pairs_with_sum(ext, 4, -1) == 2);
  const int a4[] = {1, 1, 1, 1};
  CHECK(count_pairs_with_sum(a4, 4, 2) == 6);
  CHECK(count_pairs_with_sum(a4, 4, 3) == 0);
  CHECK(count_pairs_with_sum(a4, 1, 2) == 0);

  int d[] = {1, 1, 2, 3, 3, 3, 4};
  CHECK(dedupe_sorted(d, 7) == 4);
  CHECK(d[0] == 1 && d[1] == 2 && d[2] == 3 && d[3] == 4);
  CHECK(dedupe_sorted(d, 0) == 0);
  int u[] = {5, 3, 5, 1, 3, 5, 2};
  CHECK(dedupe_stable(u, 7) == 4);
  CHECK(u[0] == 5 && u[1] == 3 && u[2] == 1 && u[3] == 2);
  CHECK(dedupe_stable(NULL, 0) == 0);

  int a[120], b[120], ref[120];
  for (int iter = 0; iter < 3000; iter++) {
    size_t n = rnd() % 100;
    int range = iter % 2 ? 10 : 1000;
    for (size_t k = 0; k < n; k++) a[k] = (int)(rnd() % (unsigned)(2 * range + 1)) - range;
    long long target = (long long)(rnd() % (unsigned)(4 * range + 1)) - 2 * range;
    size_t ri = 0, rj = 0, cnt = 0;
    int found = 0;
    for (size_t x = 0; x < n; x++)
      for (size_t y = x + 1; y < n; y++)
        if ((long long)a[x] + a[y] == target) {
          if (!found) { ri = x; rj = y; found = 1; }
          cnt++;
        }
    memcpy(b, a, sizeof a);
    bool got = two_sum(a, n, target, &i, &j);
    CHECK(got == (found != 0));
    if (found) CHECK(i == ri && j == rj);
    CHECK(count_pairs_with_sum(a, n, target) == cnt);
    CHECK(memcmp(a, b, n * sizeof(int)) == 0);

    /* dedupe_stable reference: quadratic first-occurrence filter */
    size_t rn = 0;
    for (size_t x = 0; x < n; x++) {
      int seen = 0;
      for (size_t y = 0; y < x; y++) if (a[y] == a[x]) seen = 1;
      if (!seen) ref[rn++] = a[x];
    }
    CHECK(dedupe_stable(b, n) == rn);
    CHECK(rn == 0 || memcmp(b, ref, rn * sizeof(int)) == 0);

    /* sorted version */
    for (size_t x = 1; x < n; x++) {
      int v = a[x];
      size_t y = x;
      while (y > 0 && a[y - 1] > v) { a[y] = a[y - 1]; y--; }
      a[y] = v;
    }
    size_t distinct = 0;
    for (size_t x = 0; x < n; x++) if (x == 0 || a[x] != a[x - 1]) distinct++;
    size_t m = dedupe_sorted(a, n);
    CHECK(m == distinct && m == rn);
    for (size_t x = 1; x < m; x++) CHECK(a[x - 1] < a[x]);
  }
  return 0;
}
