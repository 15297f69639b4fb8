#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 5555u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define MAXN 2500
static struct record r[MAXN];
static int a[MAXN], b[MAXN];

int main(void) {
  CHECK(merge_sort_records(NULL, 0) == 0);
  CHECK(merge_sort_bottom_up(NULL, 0) == 0);
  CHECK(count_inversions(NULL, 0) == 0);

  struct record fixed[] = {{3, 0}, {1, 1}, {3, 2}, {2, 3}, {1, 4}, {3, 5}};
  CHECK(merge_sort_records(fixed, 6) == 0);
  const int keys[] = {1, 1, 2, 3, 3, 3}, pays[] = {1, 4, 3, 0, 2, 5};
  for (int i = 0; i < 6; i++) CHECK(fixed[i].key == keys[i] && fixed[i].payload == pays[i]);

  int v[] = {2, 4, 1, 3, 5};
  CHECK(count_inversions(v, 5) == 3);
  CHECK(v[0] == 2 && v[2] == 1);
  int desc[] = {5, 4, 3, 2, 1};
  CHECK(count_inversions(desc, 5) == 10);
  int eq[] = {7, 7, 7};
  CHECK(count_inversions(eq, 3) == 0);
  int ext[] = {INT_MAX, INT_MIN, 0};
  CHECK(count_inversions(ext, 3) == 2);
  CHECK(merge_sort_bottom_up(ext, 3) == 0);
  CHECK(ext[0] == INT_MIN && ext[1] == 0 && ext[2] == INT_MAX);

  /* fully reversed large input: n(n-1)/2 inversions */
  for (int i = 0; i < MAXN; i++) a[i] = MAXN - i;
  CHECK(count_inversions(a, MAXN) == (unsigned long long)MAXN * (MAXN - 1) / 2);

  for (int iter = 0; iter < 150; iter++) {
    size_t n = iter < 40 ? (size_t)iter : rnd() % MAXN;
    unsigned range = iter % 2 ? 10 : 100000;
    for (size_t i = 0; i < n; i++) {
      r[i].key = (int)(rnd() % range) - (int)(range / 2);
      r[i].payload = (int)i;
      a[i] = r[i].key;
    }
    CHECK(merge_sort_records(r, n) == 0);
    /* sorted and stable: equal keys keep ascending payload (= original index) */
    for (size_t i = 1; i < n; i++) {
      CHECK(r[i - 1].key <= r[i].key);
      if (r[i - 1].key == r[i].key) CHECK(r[i - 1].payload < r[i].payload);
    }
    /* permutation: every original index appears once and keeps its key */
    memset(b, 0, sizeof b);
    for (size_t i = 0; i < n; i++) {
      CHECK(r[i].payload >= 0 && (size_t)r[i].payload < n);
      CHECK(b[r[i].payload] == 0);
      b[r[i].payload] = 1;
      CHECK(a[r[i].payload] == r[i].key);
    }

    /* inversions: O(n^2) reference on a prefix to keep it fast */
    size_t m = n < 200 ? n : 200;
    unsigned long long ref = 0;
    for (size_t i = 0; i < m; i++)
      for (size_t j = i + 1; j < m; j++) ref += a[i] > a[j];
    CHECK(count_inversions(a, m) == ref);

    memcpy(b, a, n * sizeof(int));
    CHECK(merge_sort_bottom_up(b, n) == 0);
    for (size_t i = 0; i < n; i++) CHECK(b[i] == r[i].key);
    CHECK(count_inversions(b, n) == 0);
  }
  return 0;
}
