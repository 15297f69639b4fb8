#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "solution.h"

void vec_init(struct vec *v) {
  v->data = NULL;
  v->len = 0;
  v->cap = 0;
}

bool vec_reserve(struct vec *v, size_t want) {
  if (want <= v->cap) return true;
  if (want > SIZE_MAX / sizeof(int)) return false;
  int *p = realloc(v->data, want * sizeof(int));
  if (p == NULL) return false;
  v->data = p;
  v->cap = want;
  return true;
}

static bool grow_for(struct vec *v, size_t extra) {
  if (v->cap - v->len >= extra) return true;
  if (extra > SIZE_MAX - v->len) return false;
  size_t need = v->len + extra;
  size_t cap = v->cap < 4 ? 4 : v->cap;
  while (cap < need) {
    if (cap > SIZE_MAX / 2) {
      cap = need;
      break;
    }
    cap *= 2;
  }
  return vec_reserve(v, cap);
}

bool vec_push(struct vec *v, int x) {
  if (!grow_for(v, 1)) return false;
  v->data[v->len++] = x;
  return true;
}

bool vec_pop(struct vec *v, int *out) {
  if (v->len == 0) return false;
  v->len--;
  if (out) *out = v->data[v->len];
  return true;
}

bool vec_insert(struct vec *v, size_t i, int x) {
  if (i > v->len || !grow_for(v, 1)) return false;
  memmove(v->data + i + 1, v->data + i, (v->len - i) * sizeof(int));
  v->data[i] = x;
  v->len++;
  return true;
}

bool vec_remove(struct vec *v, size_t i, int *out) {
  if (i >= v->len) return false;
  if (out) *out = v->data[i];
  memmove(v->data + i, v->data + i + 1, (v->len - i - 1) * sizeof(int));
  v->len--;
  return true;
}

bool vec_extend(struct vec *v, const int *src, size_t n) {
  if (n == 0) return true;
  if (!grow_for(v, n)) return false;
  memcpy(v->data + v->len, src, n * sizeof(int));
  v->len += n;
  return true;
}

bool vec_shrink_to_fit(struct vec *v) {
  if (v->len == v->cap) return true;
  if (v->len == 0) {
    free(v->data);
    v->data = NULL;
    v->cap = 0;
    return true;
  }
  int *p = realloc(v->data, v->len * sizeof(int));
  if (p == NULL) return false;
  v->data = p;
  v->cap = v->len;
  return true;
}

void vec_retain(struct vec *v, bool (*keep)(int)) {
  size_t w = 0;
  for (size_t r = 0; r < v->len; r++)
    if (keep(v->data[r])) v->data[w++] = v->data[r];
  v->len = w;
}

void vec_free(struct vec *v) {
  free(v->data);
  vec_init(v);
}
