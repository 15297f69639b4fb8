#include "solution.h"

static uint64_t count_bits(uint32_t full, uint32_t cols, uint32_t ld, uint32_t rd) {
  if (cols == full) return 1;
  uint64_t total = 0;
  uint32_t avail = full & ~(cols | ld | rd);
  while (avail) {
    uint32_t bit = avail & (0u - avail);
    avail ^= bit;
    total += count_bits(full, cols | bit, ((ld | bit) << 1) & full, (rd | bit) >> 1);
  }
  return total;
}

uint64_t nqueens_count(unsigned n) {
  if (n == 0) return 1;
  uint32_t full = (1u << n) - 1;
  return count_bits(full, 0, 0, 0);
}

typedef struct {
  unsigned n;
  bool col[12];
  bool diag1[23]; /* r + c */
  bool diag2[23]; /* r - c + n - 1 */
} board;

static uint64_t count_arr(board *b, unsigned r) {
  if (r == b->n) return 1;
  uint64_t total = 0;
  for (unsigned c = 0; c < b->n; c++) {
    unsigned d1 = r + c, d2 = r + b->n - 1 - c;
    if (b->col[c] || b->diag1[d1] || b->diag2[d2]) continue;
    b->col[c] = b->diag1[d1] = b->diag2[d2] = true;
    total += count_arr(b, r + 1);
    b->col[c] = b->diag1[d1] = b->diag2[d2] = false;
  }
  return total;
}

uint64_t nqueens_count_arrays(unsigned n) {
  board b = {n, {false}, {false}, {false}};
  return count_arr(&b, 0);
}

static bool first_rec(unsigned n, unsigned r, unsigned char *cols) {
  if (r == n) return true;
  for (unsigned c = 0; c < n; c++) {
    bool ok = true;
    for (unsigned pr = 0; pr < r && ok; pr++) {
      unsigned pc = cols[pr];
      if (pc == c || pc + r == c + pr || pc + pr == c + r) ok = false;
    }
    if (!ok) continue;
    cols[r] = (unsigned char)c;
    if (first_rec(n, r + 1, cols)) return true;
  }
  return false;
}

bool nqueens_first(unsigned n, unsigned char *cols) { return first_rec(n, 0, cols); }

uint64_t nqueens_complete(unsigned n, const unsigned char *prefix, unsigned k) {
  if (n == 0) return 1;
  uint32_t full = (1u << n) - 1, cols = 0, ld = 0, rd = 0;
  for (unsigned r = 0; r < k; r++) {
    if (prefix[r] >= n) return 0;
    uint32_t bit = 1u << prefix[r];
    if ((cols | ld | rd) & bit) return 0;
    cols |= bit;
    ld = ((ld | bit) << 1) & full;
    rd = (rd | bit) >> 1;
  }
  return count_bits(full, cols, ld, rd);
}
