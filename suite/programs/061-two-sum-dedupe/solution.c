#include <stdlib.h>
#include "solution.h"

struct pair {
  int value;
  size_t index;
};

static int cmp_pair(const void *x, const void *y) {
  const struct pair *p = x, *q = y;
  if (p->value != q->value) return p->value < q->value ? -1 : 1;
  return (p->index > q->index) - (p->index < q->index);
}

static struct pair *sorted_pairs(const int *a, size_t n) {
  struct pair *p = malloc(n * sizeof *p);
  if (p == NULL) return NULL;
  for (size_t k = 0; k < n; k++) {
    p[k].value = a[k];
    p[k].index = k;
  }
  qsort(p, n, sizeof *p, cmp_pair);
  return p;
}

bool two_sum(const int *a, size_t n, long long target, size_t *i, size_t *j) {
  if (n < 2) return false;
  struct pair *p = sorted_pairs(a, n);
  if (p == NULL) return false;
  bool found = false;
  size_t bi = 0, bj = 0;
  size_t lo = 0, hi = n - 1;
  while (lo < hi) {
    long long s = (long long)p[lo].value + p[hi].value;
    if (s < target) {
      lo++;
    } else if (s > target) {
      hi--;
    } else {
      /* equal-value runs on both sides: the best candidate pairs the smallest
       * index of the low run with the smallest index of the high run */
      size_t lo_end = lo, hi_begin = hi;
      while (lo_end + 1 < hi && p[lo_end + 1].value == p[lo].value) lo_end++;
      while (hi_begin > lo + 1 && p[hi_begin - 1].value == p[hi].value) hi_begin--;
      size_t x, y;
      if (p[lo].value == p[hi].value) {
        /* whole range [lo, hi] has one value: two smallest indices */
        x = p[lo].index;
        y = p[lo + 1].index;
      } else {
        x = p[lo].index;
        y = p[hi_begin].index;
      }
      if (x > y) {
        size_t t = x;
        x = y;
        y = t;
      }
      if (!found || x < bi || (x == bi && y < bj)) {
        bi = x;
        bj = y;
        found = true;
      }
      if (p[lo].value == p[hi].value) break;
      lo = lo_end + 1;
      hi = hi_begin - 1;
    }
  }
  free(p);
  if (found) {
    *i = bi;
    *j = bj;
  }
  return found;
}

size_t count_pairs_with_sum(const int *a, size_t n, long long target) {
  if (n < 2) return 0;
  int *v = malloc(n * sizeof *v);
  if (v == NULL) return 0;
  struct pair *p = sorted_pairs(a, n);
  if (p == NULL) {
    free(v);
    return 0;
  }
  for (size_t k = 0; k < n; k++) v[k] = p[k].value;
  free(p);
  size_t count = 0, lo = 0, hi = n - 1;
  while (lo < hi) {
    long long s = (long long)v[lo] + v[hi];
    if (s < target) {
      lo++;
    } else if (s > target) {
      hi--;
    } else if (v[lo] == v[hi]) {
      size_t m = hi - lo + 1;
      count += m * (m - 1) / 2;
      break;
    } else {
      size_t cl = 1, ch = 1;
      while (lo + cl < hi && v[lo + cl] == v[lo]) cl++;
      while (hi - ch > lo && v[hi - ch] == v[hi]) ch++;
      count += cl * ch;
      lo += cl;
      hi -= ch;
    }
  }
  free(v);
  return count;
}

size_t dedupe_sorted(int *a, size_t n) {
  if (n == 0) return 0;
  size_t w = 1;
  for (size_t r = 1; r < n; r++)
    if (a[r] != a[w - 1]) a[w++] = a[r];
  return w;
}

size_t dedupe_stable(int *a, size_t n) {
  if (n == 0) return 0;
  struct pair *p = sorted_pairs(a, n);
  if (p == NULL) return n;
  /* keep[k] marks the first occurrence (smallest index) of each value */
  unsigned char *keep = calloc(n, 1);
  if (keep == NULL) {
    free(p);
    return n;
  }
  for (size_t k = 0; k < n; k++)
    if (k == 0 || p[k].value != p[k - 1].value) keep[p[k].index] = 1;
  size_t w = 0;
  for (size_t r = 0; r < n; r++)
    if (keep[r]) a[w++] = a[r];
  free(keep);
  free(p);
  return w;
}
