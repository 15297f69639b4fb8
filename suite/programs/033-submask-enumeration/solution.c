#include "solution.h"
#include <stdlib.h>

uint64_t next_same_popcount(uint64_t x) {
  uint64_t smallest = x & (0 - x);
  uint64_t ripple = x + smallest;
  if (ripple == 0) return 0; /* the block of ones reached the top bit */
  uint64_t ones = x ^ ripple;
  ones = (ones >> 2) / smallest;
  return ripple | ones;
}

size_t k_subsets(unsigned n, unsigned k, uint32_t *out, size_t cap) {
  if (k > n) return 0;
  if (k == 0) {
    if (cap > 0) out[0] = 0;
    return 1;
  }
  size_t count = 0;
  uint64_t limit = 1ull << n;
  for (uint64_t s = (1ull << k) - 1; s != 0 && s < limit; s = next_same_popcount(s)) {
    if (count < cap) out[count] = (uint32_t)s;
    count++;
  }
  return count;
}

size_t submasks(uint32_t mask, uint32_t *out, size_t cap) {
  size_t count = 0;
  uint32_t s = mask;
  for (;;) {
    if (count < cap) out[count] = s;
    count++;
    if (s == 0) break;
    s = (s - 1) & mask;
  }
  return count;
}

size_t count_subset_sums(const int32_t *w, unsigned n, int64_t target) {
  size_t total = (size_t)1 << n;
  int64_t *sum = malloc(total * sizeof *sum);
  if (sum == NULL) return SIZE_MAX;
  sum[0] = 0;
  size_t hits = target == 0;
  for (size_t s = 1; s < total; s++) {
    size_t low = s & (0 - s);
    unsigned idx = 0;
    while (((size_t)1 << idx) != low) idx++;
    sum[s] = sum[s ^ low] + w[idx];
    hits += sum[s] == target;
  }
  free(sum);
  return hits;
}

void sum_over_subsets(int64_t *f, unsigned bits) {
  size_t total = (size_t)1 << bits;
  for (unsigned b = 0; b < bits; b++)
    for (size_t s = 0; s < total; s++)
      if (s & ((size_t)1 << b)) f[s] += f[s ^ ((size_t)1 << b)];
}
