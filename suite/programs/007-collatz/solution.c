#include "solution.h"
#include <stdlib.h>

bool collatz_info(uint64_t n, uint64_t *steps, uint64_t *peak) {
  if (n == 0) return false;
  uint64_t s = 0, p = n;
  while (n != 1) {
    if (n % 2 == 0) {
      n /= 2;
    } else {
      if (n > (UINT64_MAX - 1) / 3) return false;
      n = 3 * n + 1;
    }
    if (n > p) p = n;
    s++;
  }
  *steps = s;
  *peak = p;
  return true;
}

uint64_t collatz_longest_below(uint32_t limit, uint64_t *steps) {
  if (limit < 2) return 0;
  uint32_t *memo = calloc(limit, sizeof *memo); /* memo[i] = steps(i), 0 = unknown */
  if (memo == NULL) return 0;
  uint64_t best = 1, best_steps = 0;
  for (uint64_t start = 2; start < limit; start++) {
    uint64_t n = start, s = 0;
    while (n != 1 && (n >= limit || memo[n] == 0)) {
      n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
      s++;
    }
    uint64_t total = s + (n == 1 ? 0 : memo[n]);
    memo[start] = (uint32_t)total;
    if (total > best_steps) {
      best_steps = total;
      best = start;
    }
  }
  free(memo);
  *steps = best_steps;
  return best;
}
