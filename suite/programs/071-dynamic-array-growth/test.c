#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 600613u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static bool is_positive(int x) { return x > 0; }
static bool never(int x) { (void)x; return false; }

#define MODEL_MAX 5000
static int model[MODEL_MAX];

int main(void) {
  struct vec v;
  vec_init(&v);
  int x = 0;
  CHECK(v.len == 0 && v.cap == 0 && v.data == NULL);
  CHECK(!vec_pop(&v, &x));
  CHECK(!vec_remove(&v, 0, &x));
  CHECK(!vec_insert(&v, 1, 5));
  CHECK(vec_shrink_to_fit(&v));
  CHECK(vec_push(&v, 1));
  CHECK(v.cap == 4);
  for (int i = 2; i <= 5; i++) CHECK(vec_push(&v, i));
  CHECK(v.len == 5 && v.cap == 8);
  CHECK(vec_insert(&v, 0, 0));
  CHECK(vec_insert(&v, 6, 6));
  CHECK(vec_insert(&v, 3, 100));
  const int e1[] = {0, 1, 2, 100, 3, 4, 5, 6};
  CHECK(v.len == 8 && memcmp(v.data, e1, sizeof e1) == 0);
  CHECK(vec_remove(&v, 3, &x) && x == 100);
  CHECK(vec_remove(&v, 0, NULL));
  CHECK(vec_pop(&v, &x) && x == 6);
  const int e2[] = {1, 2, 3, 4, 5};
  CHECK(v.len == 5 && memcmp(v.data, e2, sizeof e2) == 0);
  CHECK(vec_shrink_to_fit(&v) && v.cap == 5);
  CHECK(vec_extend(&v, e1, 8) && v.len == 13);
  CHECK(v.data[5] == 0 && v.data[12] == 6);
  CHECK(vec_extend(&v, NULL, 0));
  CHECK(vec_reserve(&v, 1000) && v.cap == 1000 && v.len == 13);
  CHECK(vec_reserve(&v, 10) && v.cap == 1000);
  CHECK(!vec_reserve(&v, SIZE_MAX)); /* too large: rejected, unchanged */
  CHECK(v.cap == 1000 && v.data[12] == 6);
  vec_retain(&v, is_positive);
  CHECK(v.len == 12 && v.data[5] == 1 && v.data[7] == 100);
  vec_retain(&v, never);
  CHECK(v.len == 0);
  CHECK(vec_shrink_to_fit(&v) && v.data == NULL && v.cap == 0);
  vec_free(&v);

  /* many pushes: geometric growth keeps reallocations logarithmic */
  vec_init(&v);
  size_t reallocs = 0, last_cap = 0;
  for (int i = 0; i < 100000; i++) {
    CHECK(vec_push(&v, i * 3));
    if (v.cap != last_cap) { reallocs++; last_cap = v.cap; }
  }
  CHECK(reallocs <= 16);
  CHECK(v.cap >= v.len && v.cap < 2 * v.len + 4);
  long long sum = 0;
  for (size_t i = 0; i < v.len; i++) sum += v.data[i];
  CHECK(sum == 3LL * 99999 * 100000 / 2);
  vec_free(&v);
  CHECK(v.data == NULL && v.len == 0);

  /* random operations against an array model */
  struct vec w = {0};
  size_t n = 0;
  for (int step = 0; step < 20000; step++) {
    unsigned op = rnd() % 10;
    int val = (int)(rnd() % 2001) - 1000;
    if (op < 4 && n < MODEL_MAX) {
      CHECK(vec_push(&w, val));
      model[n++] = val;
    } else if (op < 6 && n < MODEL_MAX) {
      size_t i = rnd() % (n + 1);
      CHECK(vec_insert(&w, i, val));
      memmove(model + i + 1, model + i, (n - i) * sizeof(int));
      model[i] = val;
      n++;
    } else if (op < 8) {
      if (n == 0) { CHECK(!vec_remove(&w, 0, &x)); continue; }
      size_t i = rnd() % n;
      CHECK(vec_remove(&w, i, &x) && x == model[i]);
      memmove(model + i, model + i + 1, (n - i - 1) * sizeof(int));
      n--;
    } else if (op == 8) {
      CHECK(vec_pop(&w, &x) == (n > 0));
      if (n) { CHECK(x == model[n - 1]); n--; }
    } else if (rnd() % 20 == 0) {
      CHECK(vec_shrink_to_fit(&w) && w.cap == w.len);
    } else if (rnd() % 50 == 0) {
      vec_retain(&w, is_positive);
      size_t k = 0;
      for (size_t i = 0; i < n; i++) if (model[i] > 0) model[k++] = model[i];
      n = k;
    }
    CHECK(w.len == n && w.cap >= w.len);
    if (n) CHECK(w.data[0] == model[0] && w.data[n - 1] == model[n - 1] && w.data[n / 2] == model[n / 2]);
  }
  CHECK(n == 0 || memcmp(w.data, model, n * sizeof(int)) == 0);
  vec_free(&w);
  return 0;
}
