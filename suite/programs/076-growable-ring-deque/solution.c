#include <stdlib.h>
#include <string.h>
#include "solution.h"

void dq_init(struct deque *d) {
  d->buf = NULL;
  d->cap = 0;
  d->head = 0;
  d->len = 0;
}

static bool grow(struct deque *d) {
  size_t ncap = d->cap ? d->cap * 2 : 4;
  if (ncap > ((size_t)-1) / sizeof(int) / 2) return false;
  int *nb = malloc(ncap * sizeof *nb);
  if (nb == NULL) return false;
  /* unwrap: copy [head, cap) then [0, rest) */
  size_t first = d->cap - d->head < d->len ? d->cap - d->head : d->len;
  if (d->len) {
    memcpy(nb, d->buf + d->head, first * sizeof *nb);
    memcpy(nb + first, d->buf, (d->len - first) * sizeof *nb);
  }
  free(d->buf);
  d->buf = nb;
  d->cap = ncap;
  d->head = 0;
  return true;
}

bool dq_push_back(struct deque *d, int v) {
  if (d->len == d->cap && !grow(d)) return false;
  d->buf[(d->head + d->len) & (d->cap - 1)] = v;
  d->len++;
  return true;
}

bool dq_push_front(struct deque *d, int v) {
  if (d->len == d->cap && !grow(d)) return false;
  d->head = (d->head + d->cap - 1) & (d->cap - 1);
  d->buf[d->head] = v;
  d->len++;
  return true;
}

bool dq_pop_back(struct deque *d, int *out) {
  if (d->len == 0) return false;
  d->len--;
  if (out) *out = d->buf[(d->head + d->len) & (d->cap - 1)];
  return true;
}

bool dq_pop_front(struct deque *d, int *out) {
  if (d->len == 0) return false;
  if (out) *out = d->buf[d->head];
  d->head = (d->head + 1) & (d->cap - 1);
  d->len--;
  return true;
}

int dq_get(const struct deque *d, size_t i) { return d->buf[(d->head + i) & (d->cap - 1)]; }

void dq_set(struct deque *d, size_t i, int v) { d->buf[(d->head + i) & (d->cap - 1)] = v; }

void dq_to_array(const struct deque *d, int *out) {
  for (size_t i = 0; i < d->len; i++) out[i] = dq_get(d, i);
}

bool sliding_window_max(const int *a, size_t n, size_t k, int *out) {
  struct deque q; /* holds indices whose values are decreasing */
  dq_init(&q);
  for (size_t i = 0; i < n; i++) {
    while (q.len && a[dq_get(&q, q.len - 1)] <= a[i]) dq_pop_back(&q, NULL);
    if (!dq_push_back(&q, (int)i)) {
      dq_free(&q);
      return false;
    }
    if ((size_t)dq_get(&q, 0) + k <= i) dq_pop_front(&q, NULL);
    if (i + 1 >= k) out[i + 1 - k] = a[dq_get(&q, 0)];
  }
  dq_free(&q);
  return true;
}

void dq_free(struct deque *d) {
  free(d->buf);
  dq_init(d);
}
