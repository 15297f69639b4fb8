#include "solution.h"

static uint64_t cat_cache[37];
static unsigned char cat_known[37];

uint64_t catalan_memo(unsigned n) {
  if (n > 36) return 0;
  if (n == 0) return 1;
  if (cat_known[n]) return cat_cache[n];
  uint64_t s = 0;
  for (unsigned i = 0; i < n; i++) s += catalan_memo(i) * catalan_memo(n - 1 - i);
  cat_cache[n] = s;
  cat_known[n] = 1;
  return s;
}

static uint64_t motz_cache[41];
static unsigned char motz_known[41];

uint64_t motzkin_memo(unsigned n) {
  if (n > 40) return 0;
  if (n < 2) return 1;
  if (motz_known[n]) return motz_cache[n];
  uint64_t s = motzkin_memo(n - 1);
  for (unsigned k = 0; k + 2 <= n; k++) s += motzkin_memo(k) * motzkin_memo(n - 2 - k);
  motz_cache[n] = s;
  motz_known[n] = 1;
  return s;
}

typedef struct {
  unsigned n;
  char *out;
  size_t cap;
  size_t count;
  char buf[64];
} paren_state;

static void parens_rec(paren_state *s, unsigned open, unsigned close, unsigned pos) {
  if (pos == 2 * s->n) {
    if (s->count < s->cap) {
      char *dst = s->out + s->count * (2 * s->n + 1);
      for (unsigned i = 0; i < pos; i++) dst[i] = s->buf[i];
      dst[pos] = '\0';
    }
    s->count++;
    return;
  }
  if (open < s->n) {
    s->buf[pos] = '(';
    parens_rec(s, open + 1, close, pos + 1);
  }
  if (close < open) {
    s->buf[pos] = ')';
    parens_rec(s, open, close + 1, pos + 1);
  }
}

size_t generate_parens(unsigned n, char *out, size_t cap) {
  if (n > 31) return 0;
  paren_state s;
  s.n = n;
  s.out = out;
  s.cap = cap;
  s.count = 0;
  parens_rec(&s, 0, 0, 0);
  return s.count;
}

uint64_t count_bst(int lo, int hi) {
  if (lo >= hi) return 1;
  uint64_t total = 0;
  int64_t size = (int64_t)hi - lo + 1;
  if (size > 36) return 0;
  /* choose each key as root: left subtree lo..root-1, right root+1..hi; subtree counts depend
   * only on size, so reuse the Catalan memo for the children */
  for (int64_t r = 0; r < size; r++) total += catalan_memo((unsigned)r) * catalan_memo((unsigned)(size - 1 - r));
  return total;
}
