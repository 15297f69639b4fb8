#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 8675309u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static int cmp_int(const void *x, const void *y) {
  int a = *(const int *)x, b = *(const int *)y;
  return (a > b) - (a < b);
}

/* Reference: copy and sort with the C library. */
static void ref_sort(const int *in, int *out, size_t n) {
  if (n == 0) return;
  memcpy(out, in, n * sizeof *in);
  qsort(out, n, sizeof *out, cmp_int);
}

#define MAXN 600
static int a[MAXN], ref[MAXN], store[MAXN], out[MAXN];

int main(void) {
  heapsort_int(NULL, 0);
  int one[] = {INT_MIN};
  heapsort_int(one, 1);
  CHECK(one[0] == INT_MIN);
  int v[] = {5, INT_MAX, -3, 0, INT_MIN, 5, 2};
  heapsort_int(v, 7);
  const int vs[] = {INT_MIN, -3, 0, 2, 5, 5, INT_MAX};
  for (int i = 0; i < 7; i++) CHECK(v[i] == vs[i]);

  for (int iter = 0; iter < 300; iter++) {
    size_t n = iter < 50 ? (size_t)iter : rnd() % MAXN;
    for (size_t i = 0; i < n; i++) {
      switch (iter % 4) {
        case 0: a[i] = (int)rnd(); break;
        case 1: a[i] = (int)(rnd() % 4); break;
        case 2: a[i] = (int)i; break;
        default: a[i] = (int)(n - i); break;
      }
    }
    ref_sort(a, ref, n);
    heapsort_int(a, n);
    for (size_t i = 0; i < n; i++) CHECK(a[i] == ref[i]);
  }

  struct min_heap h;
  int x = 0;
  heap_init(&h, store, 3);
  CHECK(!heap_pop(&h, &x));
  CHECK(!heap_peek(&h, &x));
  CHECK(heap_push(&h, 10) && heap_push(&h, -5) && heap_push(&h, 7));
  CHECK(!heap_push(&h, 1));
  CHECK(heap_peek(&h, &x) && x == -5);
  CHECK(heap_pop(&h, &x) && x == -5);
  CHECK(heap_pop(&h, &x) && x == 7);
  CHECK(heap_push(&h, 8));
  CHECK(heap_pop(&h, &x) && x == 8);
  CHECK(heap_pop(&h, &x) && x == 10);
  CHECK(!heap_pop(&h, &x) && h.size == 0);

  /* random push/pop against a sorted-array model */
  heap_init(&h, store, MAXN);
  size_t model_n = 0;
  for (int step = 0; step < 20000; step++) {
    if (model_n < MAXN && (model_n == 0 || rnd() % 3 != 0)) {
      int val = (int)(rnd() % 1000) - 500;
      CHECK(heap_push(&h, val));
      size_t pos = model_n;
      while (pos > 0 && ref[pos - 1] > val) { ref[pos] = ref[pos - 1]; pos--; }
      ref[pos] = val;
      model_n++;
    } else {
      CHECK(heap_pop(&h, &x));
      CHECK(x == ref[0]);
      memmove(ref, ref + 1, (model_n - 1) * sizeof(int));
      model_n--;
    }
    CHECK(h.size == model_n);
    if (model_n) CHECK(heap_peek(&h, &x) && x == ref[0]);
  }

  int kl_in[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
  k_largest(kl_in, 11, 4, store, out);
  CHECK(out[0] == 9 && out[1] == 6 && out[2] == 5 && out[3] == 5);
  k_largest(kl_in, 11, 0, store, out);
  k_largest(kl_in, 11, 11, store, out);
  CHECK(out[0] == 9 && out[10] == 1);
  for (int iter = 0; iter < 200; iter++) {
    size_t n = rnd() % 300 + 1, k = rnd() % n + 1;
    for (size_t i = 0; i < n; i++) a[i] = (int)(rnd() % 200);
    ref_sort(a, ref, n);
    k_largest(a, n, k, store, out);
    for (size_t i = 0; i < k; i++) CHECK(out[i] == ref[n - 1 - i]);
  }
  return 0;
}
