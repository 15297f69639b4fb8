#include "solution.h"
#include <string.h>

typedef struct {
  unsigned char g[81];
  unsigned short row[9], col[9], box[9]; /* bit d set = digit d used */
} state;

static int box_of(int cell) { return (cell / 27) * 3 + (cell % 9) / 3; }

static bool load(state *s, const unsigned char grid[81]) {
  memset(s, 0, sizeof *s);
  for (int i = 0; i < 81; i++) {
    unsigned d = grid[i];
    if (d > 9) return false;
    s->g[i] = (unsigned char)d;
    if (d == 0) continue;
    unsigned short bit = (unsigned short)(1u << d);
    int r = i / 9, c = i % 9, b = box_of(i);
    if ((s->row[r] | s->col[c] | s->box[b]) & bit) return false;
    s->row[r] |= bit;
    s->col[c] |= bit;
    s->box[b] |= bit;
  }
  return true;
}

bool sudoku_is_consistent(const unsigned char grid[81]) {
  state s;
  return load(&s, grid);
}

static unsigned popcount16(unsigned x) {
  unsigned n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

/* returns number of solutions found (up to limit); the first solution is kept in s->g if
 * keep_first is set */
static unsigned search(state *s, unsigned limit, bool keep_first) {
  int best = -1;
  unsigned best_count = 10, best_free = 0;
  for (int i = 0; i < 81; i++) {
    if (s->g[i]) continue;
    unsigned used = s->row[i / 9] | s->col[i % 9] | s->box[box_of(i)];
    unsigned free_mask = ~used & 0x3FEu;
    unsigned cnt = popcount16(free_mask);
    if (cnt < best_count) {
      best = i;
      best_count = cnt;
      best_free = free_mask;
      if (cnt <= 1) break;
    }
  }
  if (best < 0) return 1; /* full grid */
  unsigned found = 0;
  int r = best / 9, c = best % 9, b = box_of(best);
  for (unsigned d = 1; d <= 9 && found < limit; d++) {
    unsigned short bit = (unsigned short)(1u << d);
    if (!(best_free & bit)) continue;
    s->g[best] = (unsigned char)d;
    s->row[r] |= bit;
    s->col[c] |= bit;
    s->box[b] |= bit;
    found += search(s, limit - found, keep_first);
    if (keep_first && found > 0) return found; /* leave the solution in place */
    s->g[best] = 0;
    s->row[r] &= (unsigned short)~bit;
    s->col[c] &= (unsigned short)~bit;
    s->box[b] &= (unsigned short)~bit;
  }
  return found;
}

bool sudoku_solve(unsigned char grid[81]) {
  state s;
  if (!load(&s, grid)) return false;
  if (search(&s, 1, true) == 0) return false;
  memcpy(grid, s.g, 81);
  return true;
}

unsigned sudoku_count_solutions(const unsigned char grid[81], unsigned limit) {
  state s;
  if (limit == 0 || !load(&s, grid)) return 0;
  return search(&s, limit, false);
}
