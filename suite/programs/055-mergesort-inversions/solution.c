#include <stdlib.h>
#include <string.h>
#include "solution.h"

static void msort_rec(struct record *a, struct record *tmp, size_t lo, size_t hi) {
  if (hi - lo < 2) return;
  size_t mid = lo + (hi - lo) / 2;
  msort_rec(a, tmp, lo, mid);
  msort_rec(a, tmp, mid, hi);
  if (a[mid - 1].key <= a[mid].key) return; /* already in order */
  size_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) tmp[k++] = (a[j].key < a[i].key) ? a[j++] : a[i++];
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  memcpy(a + lo, tmp + lo, (hi - lo) * sizeof *a);
}

int merge_sort_records(struct record *a, size_t n) {
  if (n < 2) return 0;
  struct record *tmp = malloc(n * sizeof *tmp);
  if (tmp == NULL) return -1;
  msort_rec(a, tmp, 0, n);
  free(tmp);
  return 0;
}

int merge_sort_bottom_up(int *a, size_t n) {
  if (n < 2) return 0;
  int *tmp = malloc(n * sizeof *tmp);
  if (tmp == NULL) return -1;
  int *src = a, *dst = tmp;
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = mid + width < n ? mid + width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) dst[k++] = src[j] < src[i] ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    int *t = src;
    src = dst;
    dst = t;
    if (width > n / 2) break;
  }
  if (src != a) memcpy(a, src, n * sizeof *a);
  free(tmp);
  return 0;
}

static unsigned long long inv_rec(int *a, int *tmp, size_t lo, size_t hi) {
  if (hi - lo < 2) return 0;
  size_t mid = lo + (hi - lo) / 2;
  unsigned long long c = inv_rec(a, tmp, lo, mid) + inv_rec(a, tmp, mid, hi);
  size_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (a[j] < a[i]) {
      c += mid - i;
      tmp[k++] = a[j++];
    } else {
      tmp[k++] = a[i++];
    }
  }
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  memcpy(a + lo, tmp + lo, (hi - lo) * sizeof *a);
  return c;
}

unsigned long long count_inversions(const int *a, size_t n) {
  if (n < 2) return 0;
  int *copy = malloc(2 * n * sizeof *copy);
  if (copy == NULL) return (unsigned long long)-1;
  memcpy(copy, a, n * sizeof *a);
  unsigned long long c = inv_rec(copy, copy + n, 0, n);
  free(copy);
  return c;
}
