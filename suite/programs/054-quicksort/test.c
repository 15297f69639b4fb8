#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 31337u;
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

#define MAXN 2000
static int a[MAXN], ref[MAXN], scratch[MAXN];

static void check_sorted_perm(size_t n) {
  memcpy(ref, a, n * sizeof(int));
  qsort(ref, n, sizeof(int), cmp_int);
  quicksort_int(a, n);
  for (size_t i = 0; i < n; i++) CHECK(a[i] == ref[i]);
}

int main(void) {
  quicksort_int(NULL, 0);
  a[0] = 5;
  quicksort_int(a, 1);
  CHECK(a[0] == 5);
  int small[] = {3, -1, 2, INT_MIN, INT_MAX, 0, 2};
  quicksort_int(small, 7);
  const int small_sorted[] = {INT_MIN, -1, 0, 2, 2, 3, INT_MAX};
  for (int i = 0; i < 7; i++) CHECK(small[i] == small_sorted[i]);

  /* patterned inputs */
  for (size_t n = 0; n < 200; n++) {
    for (size_t i = 0; i < n; i++) a[i] = (int)i;  /* sorted */
    check_sorted_perm(n);
    for (size_t i = 0; i < n; i++) a[i] = (int)(n - i);  /* reversed */
    check_sorted_perm(n);
    for (size_t i = 0; i < n; i++) a[i] = 7;  /* all equal */
    check_sorted_perm(n);
    for (size_t i = 0; i < n; i++) a[i] = (int)(i % 2 ? i : n - i);  /* organ pipe-ish */
    check_sorted_perm(n);
  }
  for (size_t i = 0; i < MAXN; i++) a[i] = (int)(i % 3) - 1;
  check_sorted_perm(MAXN);

  for (int iter = 0; iter < 100; iter++) {
    size_t n = rnd() % MAXN;
    int range = iter % 3 == 0 ? 5 : 0;
    for (size_t i = 0; i < n; i++) a[i] = range ? (int)(rnd() % (unsigned)range) : (int)rnd();
    check_sorted_perm(n);
  }

  /* quickselect / median */
  int sel[] = {9, 1, 8, 2, 7, 3, 6, 4, 5};
  CHECK(median_int(sel, 9, scratch) == 5);
  CHECK(median_int(sel, 8, scratch) == 4);
  CHECK(median_int(sel, 1, scratch) == 9);
  CHECK(sel[0] == 9 && sel[8] == 5); /* untouched */
  for (int iter = 0; iter < 400; iter++) {
    size_t n = rnd() % 500 + 1;
    for (size_t i = 0; i < n; i++) a[i] = (int)(rnd() % 100) - 50;
    memcpy(ref, a, n * sizeof(int));
    qsort(ref, n, sizeof(int), cmp_int);
    size_t k = rnd() % n;
    int m = median_int(a, n, scratch);
    CHECK(m == ref[(n - 1) / 2]);
    CHECK(quickselect_int(a, n, k) == ref[k]);
    CHECK(a[k] == ref[k]);
    for (size_t i = 0; i < k; i++) CHECK(a[i] <= a[k]);
    for (size_t i = k + 1; i < n; i++) CHECK(a[i] >= a[k]);
  }
  return 0;
}
