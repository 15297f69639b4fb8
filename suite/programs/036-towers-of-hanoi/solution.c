#include "solution.h"

typedef struct {
  hanoi_move *out;
  size_t cap;
  size_t count;
} move_sink;

static void solve_rec(unsigned n, unsigned from, unsigned to, unsigned via, move_sink *s) {
  if (n == 0) return;
  solve_rec(n - 1, from, via, to, s);
  if (s->count < s->cap) {
    hanoi_move m = {(unsigned char)n, (unsigned char)from, (unsigned char)to};
    s->out[s->count] = m;
  }
  s->count++;
  solve_rec(n - 1, via, to, from, s);
}

size_t hanoi_solve(unsigned n, unsigned from, unsigned to, hanoi_move *out, size_t cap) {
  move_sink s = {out, cap, 0};
  solve_rec(n, from, to, 3 - from - to, &s);
  return s.count;
}

uint64_t hanoi_count(unsigned n) { return n == 0 ? 0 : (UINT64_MAX >> (64 - n)); }

hanoi_move hanoi_kth_move(unsigned n, uint64_t k) {
  /* descend the recursion tree: the middle move of a level-m subproblem is index 2^(m-1) - 1 */
  unsigned from = 0, to = 2, via = 1;
  for (unsigned m = n; m > 0; m--) {
    uint64_t half = (1ull << (m - 1)) - 1; /* moves in each sub-solution */
    if (k == half) {
      hanoi_move mv = {(unsigned char)m, (unsigned char)from, (unsigned char)to};
      return mv;
    }
    if (k < half) {
      unsigned t = to; /* first half: move m-1 disks from -> via */
      to = via;
      via = t;
    } else {
      k -= half + 1; /* second half: move m-1 disks via -> to */
      unsigned f = from;
      from = via;
      via = f;
    }
  }
  hanoi_move none = {0, 0, 0};
  return none;
}

static uint64_t memo4[101];
static int memo4_ready[101];

uint64_t hanoi4_count(unsigned n) {
  if (n == 0) return 0;
  if (memo4_ready[n]) return memo4[n];
  /* move k disks to a spare peg with 4 pegs, n-k with 3 pegs, k back with 4 pegs */
  uint64_t best = UINT64_MAX;
  if (n == 1) best = 1;
  for (unsigned k = 1; k < n; k++) {
    uint64_t a = hanoi4_count(k);
    if (n - k >= 64 || a == UINT64_MAX) continue;
    uint64_t b = hanoi_count(n - k);
    if (a > (UINT64_MAX - b) / 2) continue;
    uint64_t total = 2 * a + b;
    if (total < best) best = total;
  }
  memo4[n] = best;
  memo4_ready[n] = 1;
  return best;
}
