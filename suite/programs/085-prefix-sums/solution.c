#include <stdlib.h>
#include "solution.h"

void inclusive_scan(const int32_t *a, int64_t *out, size_t n) {
  int64_t s = 0;
  for (size_t i = 0; i < n; i++) {
    s += a[i];
    out[i] = s;
  }
}

void exclusive_scan(const int32_t *a, int64_t *out, size_t n) {
  out[0] = 0;
  for (size_t i = 0; i < n; i++) out[i + 1] = out[i] + a[i];
}

void scan_inplace_u32(uint32_t *a, size_t n) {
  for (size_t i = 1; i < n; i++) a[i] += a[i - 1];
}

int64_t range_sum(const int64_t *P, size_t lo, size_t hi) { return P[hi] - P[lo]; }

void summed_area(const int32_t *m, size_t rows, size_t cols, int64_t *S) {
  size_t w = cols + 1;
  for (size_t c = 0; c <= cols; c++) S[c] = 0;
  for (size_t r = 1; r <= rows; r++) {
    int64_t row_sum = 0;
    S[r * w] = 0;
    for (size_t c = 1; c <= cols; c++) {
      row_sum += m[(r - 1) * cols + (c - 1)];
      S[r * w + c] = S[(r - 1) * w + c] + row_sum;
    }
  }
}

int64_t rect_sum(const int64_t *S, size_t cols, size_t r0, size_t c0, size_t r1, size_t c1) {
  size_t w = cols + 1;
  return S[r1 * w + c1] - S[r0 * w + c1] - S[r1 * w + c0] + S[r0 * w + c0];
}

struct pv {
  int64_t value;
  size_t index;
};

static int cmp_pv(const void *x, const void *y) {
  const struct pv *a = x, *b = y;
  if (a->value != b->value) return a->value < b->value ? -1 : 1;
  return (a->index > b->index) - (a->index < b->index);
}

long long count_subarrays_with_sum(const int32_t *a, size_t n, int64_t k) {
  /* pairs (i < j) of prefix positions with P[j] - P[i] == k */
  struct pv *p = malloc((n + 1) * sizeof *p);
  if (p == NULL) return -1;
  int64_t s = 0;
  p[0].value = 0;
  p[0].index = 0;
  for (size_t i = 0; i < n; i++) {
    s += a[i];
    p[i + 1].value = s;
    p[i + 1].index = i + 1;
  }
  qsort(p, n + 1, sizeof *p, cmp_pv);
  long long count = 0;
  /* for each j, count i < j with value P[j] - k: binary search the run of
   * value P[j] - k and count indices below j */
  for (size_t j = 0; j <= n; j++) {
    int64_t want = p[j].value - k;
    size_t lo = 0, hi = n + 1;
    while (lo < hi) { /* first element with (value, index) >= (want, 0) */
      size_t mid = lo + (hi - lo) / 2;
      if (p[mid].value < want) lo = mid + 1;
      else hi = mid;
    }
    size_t first = lo;
    hi = n + 1;
    while (lo < hi) { /* first element with value > want or index >= p[j].index */
      size_t mid = lo + (hi - lo) / 2;
      if (p[mid].value == want && p[mid].index < p[j].index) lo = mid + 1;
      else hi = mid;
    }
    count += (long long)(lo - first);
  }
  free(p);
  return count;
}
