#include "solution.h"
#include <stdlib.h>

typedef struct {
  unsigned n, k;
  unsigned char *out;
  size_t cap, count;
  unsigned char cur[30];
} comb_state;

static void comb_rec(comb_state *s, unsigned start, unsigned depth) {
  if (depth == s->k) {
    if (s->count < s->cap)
      for (unsigned i = 0; i < s->k; i++) s->out[s->count * s->k + i] = s->cur[i];
    s->count++;
    return;
  }
  /* leave room for the remaining k - depth - 1 elements */
  for (unsigned v = start; v + (s->k - depth) <= s->n; v++) {
    s->cur[depth] = (unsigned char)v;
    comb_rec(s, v + 1, depth + 1);
  }
}

size_t combinations(unsigned n, unsigned k, unsigned char *out, size_t cap) {
  if (k > n || n > 30) return 0;
  comb_state s = {n, k, out, cap, 0, {0}};
  comb_rec(&s, 0, 0);
  return s.count;
}

static uint64_t binom(unsigned n, unsigned k) {
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  uint64_t r = 1;
  for (unsigned i = 1; i <= k; i++) r = r / i * (n - k + i) + r % i * (n - k + i) / i;
  return r;
}

uint64_t combination_rank(const unsigned char *c, unsigned n, unsigned k) {
  uint64_t rank = 0;
  unsigned prev = 0;
  for (unsigned i = 0; i < k; i++) {
    /* count tuples that agree on c[0..i-1] and have a smaller element at position i */
    for (unsigned v = prev; v < c[i]; v++) rank += binom(n - 1 - v, k - 1 - i);
    prev = c[i] + 1u;
  }
  return rank;
}

void combination_unrank(uint64_t rank, unsigned n, unsigned k, unsigned char *c) {
  unsigned v = 0;
  for (unsigned i = 0; i < k; i++) {
    for (;; v++) {
      uint64_t block = binom(n - 1 - v, k - 1 - i);
      if (rank < block) break;
      rank -= block;
    }
    c[i] = (unsigned char)v;
    v++;
  }
}

typedef struct {
  const unsigned *coins;
  size_t n;
  unsigned target;
  uint64_t *memo; /* n x (target + 1), UINT64_MAX = unknown */
} coin_state;

static uint64_t ways_rec(coin_state *s, size_t idx, unsigned remaining) {
  if (remaining == 0) return 1;
  if (idx == s->n) return 0;
  uint64_t *slot = &s->memo[idx * ((size_t)s->target + 1) + remaining];
  if (*slot != UINT64_MAX) return *slot;
  /* either skip this coin entirely or use it once more */
  uint64_t w = ways_rec(s, idx + 1, remaining);
  if (s->coins[idx] <= remaining) w += ways_rec(s, idx, remaining - s->coins[idx]);
  *slot = w;
  return w;
}

uint64_t coin_change_ways(const unsigned *coins, size_t n, unsigned target) {
  if (target == 0) return 1;
  if (n == 0) return 0;
  size_t cells = n * ((size_t)target + 1);
  coin_state s = {coins, n, target, malloc(cells * sizeof(uint64_t))};
  if (s.memo == NULL) return UINT64_MAX;
  for (size_t i = 0; i < cells; i++) s.memo[i] = UINT64_MAX;
  uint64_t w = ways_rec(&s, 0, target);
  free(s.memo);
  return w;
}
