#include "solution.h"
#include <stdlib.h>

typedef struct {
  unsigned n;
  uint64_t *memo; /* (n+1) x (n+1), UINT64_MAX = unknown */
} memo_table;

static uint64_t p_rec(memo_table *t, unsigned n, unsigned k) {
  if (n == 0) return 1;
  if (k == 0) return 0;
  if (k > n) k = n;
  uint64_t *slot = &t->memo[(size_t)n * (t->n + 1) + k];
  if (*slot != UINT64_MAX) return *slot;
  uint64_t v = p_rec(t, n, k - 1) + p_rec(t, n - k, k);
  *slot = v;
  return v;
}

static uint64_t *new_memo(unsigned n) {
  size_t cells = (size_t)(n + 1) * (n + 1);
  uint64_t *m = malloc(cells * sizeof *m);
  if (m)
    for (size_t i = 0; i < cells; i++) m[i] = UINT64_MAX;
  return m;
}

uint64_t partitions_max_part(unsigned n, unsigned k) {
  if (n > PARTITION_MAX_N) return 0;
  memo_table t = {n, new_memo(n)};
  if (t.memo == NULL) return 0;
  uint64_t v = p_rec(&t, n, k);
  free(t.memo);
  return v;
}

uint64_t partition_count(unsigned n) { return partitions_max_part(n, n); }

uint64_t partitions_exact_parts(unsigned n, unsigned k) {
  if (k == 0) return n == 0;
  if (k > n) return 0;
  /* remove one from each part: partitions of n - k into at most k parts == parts <= k */
  return partitions_max_part(n - k, k);
}

static uint64_t q_rec(memo_table *t, unsigned n, unsigned k) {
  if (n == 0) return 1;
  if (k == 0) return 0;
  if (k > n) k = n;
  uint64_t *slot = &t->memo[(size_t)n * (t->n + 1) + k];
  if (*slot != UINT64_MAX) return *slot;
  uint64_t v = q_rec(t, n, k - 1) + q_rec(t, n - k, k - 1);
  *slot = v;
  return v;
}

uint64_t partitions_distinct(unsigned n) {
  if (n > 500) return 0;
  memo_table t = {n, new_memo(n)};
  if (t.memo == NULL) return 0;
  uint64_t v = q_rec(&t, n, n);
  free(t.memo);
  return v;
}

typedef struct {
  unsigned char *out;
  size_t cap;
  size_t used;
  size_t count;
  unsigned char parts[31];
} list_state;

static void list_rec(list_state *s, unsigned remaining, unsigned max_part, unsigned depth) {
  if (remaining == 0) {
    if (s->used + depth + 1 <= s->cap) {
      for (unsigned i = 0; i < depth; i++) s->out[s->used++] = s->parts[i];
      s->out[s->used++] = 0;
    } else {
      s->cap = s->used; /* stop writing once something did not fit */
    }
    s->count++;
    return;
  }
  unsigned top = remaining < max_part ? remaining : max_part;
  for (unsigned p = top; p >= 1; p--) {
    s->parts[depth] = (unsigned char)p;
    list_rec(s, remaining - p, p, depth + 1);
  }
}

size_t list_partitions(unsigned n, unsigned char *out, size_t cap) {
  if (n > 30) return 0;
  list_state s = {out, cap, 0, 0, {0}};
  list_rec(&s, n, n, 0);
  return s.count;
}
