#include <limits.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 909090u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define M 20000
static int model[2 * M + 10]; /* model window [lo, hi) starting in the middle */
static int arr[M];

int main(void) {
  struct deque d;
  dq_init(&d);
  int x = 0;
  CHECK(!dq_pop_back(&d, &x) && !dq_pop_front(&d, &x));
  CHECK(dq_push_back(&d, 1) && dq_push_back(&d, 2) && dq_push_front(&d, 0) && dq_push_front(&d, -1));
  CHECK(d.len == 4 && d.cap == 4);
  CHECK(dq_push_back(&d, 3)); /* grows while wrapped */
  CHECK(d.cap == 8);
  int out[16];
  dq_to_array(&d, out);
  for (int i = 0; i < 5; i++) CHECK(out[i] == i - 1);
  CHECK(dq_get(&d, 0) == -1 && dq_get(&d, 4) == 3);
  dq_set(&d, 2, 100);
  CHECK(dq_pop_front(&d, &x) && x == -1);
  CHECK(dq_pop_back(&d, &x) && x == 3);
  CHECK(dq_pop_front(&d, NULL));
  CHECK(dq_pop_front(&d, &x) && x == 100);
  CHECK(dq_pop_back(&d, &x) && x == 2);
  CHECK(d.len == 0 && !dq_pop_back(&d, &x));
  dq_free(&d);
  CHECK(d.buf == NULL && d.cap == 0);

  /* random operations against a two-ended array model */
  dq_init(&d);
  size_t lo = M + 5, hi = M + 5;
  for (int step = 0; step < 60000; step++) {
    unsigned op = rnd() % 10;
    int v = (int)rnd();
    if (op < 3 && hi < 2 * M + 10) {
      CHECK(dq_push_back(&d, v));
      model[hi++] = v;
    } else if (op < 6 && lo > 0) {
      CHECK(dq_push_front(&d, v));
      model[--lo] = v;
    } else if (op < 8) {
      CHECK(dq_pop_back(&d, &x) == (hi > lo));
      if (hi > lo) CHECK(x == model[--hi]);
    } else if (op == 8) {
      CHECK(dq_pop_front(&d, &x) == (hi > lo));
      if (hi > lo) CHECK(x == model[lo++]);
    } else if (hi > lo) {
      size_t i = rnd() % (hi - lo);
      CHECK(dq_get(&d, i) == model[lo + i]);
      dq_set(&d, i, v);
      model[lo + i] = v;
    }
    CHECK(d.len == hi - lo);
    CHECK(d.cap >= d.len && (d.cap & (d.cap - 1)) == 0);
    if (hi - lo > 0) CHECK(dq_get(&d, 0) == model[lo] && dq_get(&d, d.len - 1) == model[hi - 1]);
  }
  static int all[2 * M + 10];
  dq_to_array(&d, all);
  CHECK(hi == lo || memcmp(all, model + lo, (hi - lo) * sizeof(int)) == 0);
  dq_free(&d);

  const int w[] = {1, 3, -1, -3, 5, 3, 6, 7};
  int wm[8];
  CHECK(sliding_window_max(w, 8, 3, wm));
  const int we[] = {3, 3, 5, 5, 6, 7};
  CHECK(memcmp(wm, we, sizeof we) == 0);
  CHECK(sliding_window_max(w, 8, 1, wm) && memcmp(wm, w, sizeof w) == 0);
  CHECK(sliding_window_max(w, 8, 8, wm) && wm[0] == 7);
  const int ext[] = {INT_MIN, INT_MIN, INT_MAX, INT_MIN};
  CHECK(sliding_window_max(ext, 4, 2, wm) && wm[0] == INT_MIN && wm[1] == INT_MAX && wm[2] == INT_MAX);
  static int res[M];
  for (int iter = 0; iter < 60; iter++) {
    size_t n = rnd() % 2000 + 1, k = rnd() % n + 1;
    if (iter % 3 == 0) {
      k = rnd() % 5 + 1;
      if (k > n) k = n;
    }
    for (size_t i = 0; i < n; i++) arr[i] = (int)(rnd() % 100);
    CHECK(sliding_window_max(arr, n, k, res));
    for (size_t s = 0; s + k <= n; s++) {
      int mx = arr[s];
      for (size_t j = s; j < s + k; j++) if (arr[j] > mx) mx = arr[j];
      CHECK(res[s] == mx);
    }
  }
  return 0;
}
