#include "solution.h"

static void swap(int *x, int *y) {
  int t = *x;
  *x = *y;
  *y = t;
}

static int median3(int a, int b, int c) {
  if (a < b) {
    if (b < c) return b;
    return a < c ? c : a;
  }
  if (a < c) return a;
  return b < c ? c : b;
}

static void insertion(int *a, size_t lo, size_t hi) {
  for (size_t i = lo + 1; i < hi; i++) {
    int v = a[i];
    size_t j = i;
    while (j > lo && a[j - 1] > v) {
      a[j] = a[j - 1];
      j--;
    }
    a[j] = v;
  }
}

/* Partitions [lo, hi) around p into <p [lo,*lt), ==p [*lt,*gt), >p [*gt,hi). */
static void partition3(int *a, size_t lo, size_t hi, int p, size_t *lt_out, size_t *gt_out) {
  size_t lt = lo, i = lo, gt = hi;
  while (i < gt) {
    if (a[i] < p) {
      swap(&a[lt++], &a[i++]);
    } else if (a[i] > p) {
      swap(&a[i], &a[--gt]);
    } else {
      i++;
    }
  }
  *lt_out = lt;
  *gt_out = gt;
}

static void qs(int *a, size_t lo, size_t hi) {
  while (hi - lo > 12) {
    int p = median3(a[lo], a[lo + (hi - lo) / 2], a[hi - 1]);
    size_t lt, gt;
    partition3(a, lo, hi, p, &lt, &gt);
    if (lt - lo < hi - gt) {
      qs(a, lo, lt);
      lo = gt;
    } else {
      qs(a, gt, hi);
      hi = lt;
    }
  }
  insertion(a, lo, hi);
}

void quicksort_int(int *a, size_t n) {
  if (n > 1) qs(a, 0, n);
}

int quickselect_int(int *a, size_t n, size_t k) {
  size_t lo = 0, hi = n;
  for (;;) {
    if (hi - lo <= 12) {
      insertion(a, lo, hi);
      return a[k];
    }
    int p = median3(a[lo], a[lo + (hi - lo) / 2], a[hi - 1]);
    size_t lt, gt;
    partition3(a, lo, hi, p, &lt, &gt);
    if (k < lt) hi = lt;
    else if (k >= gt) lo = gt;
    else return p;
  }
}

int median_int(const int *a, size_t n, int *scratch) {
  for (size_t i = 0; i < n; i++) scratch[i] = a[i];
  return quickselect_int(scratch, n, (n - 1) / 2);
}
