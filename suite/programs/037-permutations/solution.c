#include "solution.h"

typedef struct {
  unsigned n;
  unsigned char *out;
  size_t cap;
  size_t count;
  unsigned char cur[20];
  bool used[20];
} gen_state;

static void emit(gen_state *s) {
  if (s->count < s->cap)
    for (unsigned i = 0; i < s->n; i++) s->out[s->count * s->n + i] = s->cur[i];
  s->count++;
}

static void lex_rec(gen_state *s, unsigned pos) {
  if (pos == s->n) {
    emit(s);
    return;
  }
  for (unsigned v = 0; v < s->n; v++) {
    if (s->used[v]) continue;
    s->used[v] = true;
    s->cur[pos] = (unsigned char)v;
    lex_rec(s, pos + 1);
    s->used[v] = false;
  }
}

size_t permutations_lex(unsigned n, unsigned char *out, size_t cap) {
  gen_state s = {n, out, cap, 0, {0}, {false}};
  lex_rec(&s, 0);
  return s.count;
}

static void heap_rec(gen_state *s, unsigned k) {
  if (k <= 1) {
    emit(s);
    return;
  }
  for (unsigned i = 0; i + 1 < k; i++) {
    heap_rec(s, k - 1);
    unsigned j = (k % 2 == 0) ? i : 0;
    unsigned char t = s->cur[j];
    s->cur[j] = s->cur[k - 1];
    s->cur[k - 1] = t;
  }
  heap_rec(s, k - 1);
}

size_t permutations_heap(unsigned n, unsigned char *out, size_t cap) {
  gen_state s = {n, out, cap, 0, {0}, {false}};
  for (unsigned i = 0; i < n; i++) s.cur[i] = (unsigned char)i;
  heap_rec(&s, n);
  return s.count;
}

static void reverse(int *a, size_t lo, size_t hi) { /* [lo, hi) */
  while (lo + 1 < hi) {
    int t = a[lo];
    a[lo] = a[hi - 1];
    a[hi - 1] = t;
    lo++;
    hi--;
  }
}

bool next_permutation(int *a, size_t n) {
  if (n < 2) return false;
  size_t i = n - 1;
  while (i > 0 && a[i - 1] >= a[i]) i--;
  if (i == 0) {
    reverse(a, 0, n);
    return false;
  }
  size_t j = n - 1;
  while (a[j] <= a[i - 1]) j--;
  int t = a[i - 1];
  a[i - 1] = a[j];
  a[j] = t;
  reverse(a, i, n);
  return true;
}

uint64_t permutation_rank(const unsigned char *p, unsigned n) {
  uint64_t rank = 0;
  for (unsigned i = 0; i < n; i++) {
    unsigned smaller = 0;
    for (unsigned j = i + 1; j < n; j++) smaller += p[j] < p[i];
    rank = rank * (n - i) + smaller; /* mixed radix (factorial number system) */
  }
  return rank;
}

void permutation_unrank(uint64_t rank, unsigned n, unsigned char *p) {
  unsigned char digits[20];
  for (unsigned i = n; i-- > 0;) {
    unsigned radix = n - i;
    digits[i] = (unsigned char)(rank % radix);
    rank /= radix;
  }
  bool used[20] = {false};
  for (unsigned i = 0; i < n; i++) {
    unsigned d = digits[i];
    for (unsigned v = 0; v < n; v++) {
      if (used[v]) continue;
      if (d == 0) {
        p[i] = (unsigned char)v;
        used[v] = true;
        break;
      }
      d--;
    }
  }
}
