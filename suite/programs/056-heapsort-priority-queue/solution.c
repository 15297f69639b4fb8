#include "solution.h"

static void sift_down_max(int *a, size_t n, size_t i) {
  int v = a[i];
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && a[c + 1] > a[c]) c++;
    if (a[c] <= v) break;
    a[i] = a[c];
    i = c;
  }
  a[i] = v;
}

void heapsort_int(int *a, size_t n) {
  if (n < 2) return;
  for (size_t i = n / 2; i-- > 0;) sift_down_max(a, n, i);
  for (size_t end = n - 1; end > 0; end--) {
    int t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift_down_max(a, end, 0);
  }
}

void heap_init(struct min_heap *h, int *storage, size_t cap) {
  h->data = storage;
  h->size = 0;
  h->cap = cap;
}

bool heap_push(struct min_heap *h, int v) {
  if (h->size == h->cap) return false;
  size_t i = h->size++;
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (h->data[parent] <= v) break;
    h->data[i] = h->data[parent];
    i = parent;
  }
  h->data[i] = v;
  return true;
}

static void sift_down_min(struct min_heap *h, size_t i) {
  int *d = h->data;
  int v = d[i];
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= h->size) break;
    if (c + 1 < h->size && d[c + 1] < d[c]) c++;
    if (d[c] >= v) break;
    d[i] = d[c];
    i = c;
  }
  d[i] = v;
}

bool heap_pop(struct min_heap *h, int *out) {
  if (h->size == 0) return false;
  *out = h->data[0];
  h->size--;
  if (h->size > 0) {
    h->data[0] = h->data[h->size];
    sift_down_min(h, 0);
  }
  return true;
}

bool heap_peek(const struct min_heap *h, int *out) {
  if (h->size == 0) return false;
  *out = h->data[0];
  return true;
}

void k_largest(const int *a, size_t n, size_t k, int *scratch, int *out) {
  if (k == 0) return;
  struct min_heap h;
  heap_init(&h, scratch, k);
  for (size_t i = 0; i < n; i++) {
    if (h.size < k) {
      heap_push(&h, a[i]);
    } else if (a[i] > h.data[0]) {
      h.data[0] = a[i];
      sift_down_min(&h, 0);
    }
  }
  for (size_t i = k; i-- > 0;) heap_pop(&h, &out[i]);
}
