#include "solution.h"

uint64_t to_gray(uint64_t x) { return x ^ (x >> 1); }

uint64_t from_gray(uint64_t g) {
  g ^= g >> 1;
  g ^= g >> 2;
  g ^= g >> 4;
  g ^= g >> 8;
  g ^= g >> 16;
  g ^= g >> 32;
  return g;
}

void gray_sequence(unsigned bits, uint32_t *out) {
  out[0] = 0;
  size_t len = 1;
  for (unsigned b = 0; b < bits; b++) {
    /* reflect: append the current list in reverse with bit b set */
    for (size_t i = 0; i < len; i++) out[len + i] = out[len - 1 - i] | (1u << b);
    len *= 2;
  }
}

unsigned gray_flip_bit(uint64_t i) {
  uint64_t v = i + 1; /* never 0 for i < UINT64_MAX */
  unsigned n = 0;
  if (v == 0) return 63; /* wrap from the last 64-bit code back to 0 flips the top bit */
  while ((v & 1u) == 0) {
    v >>= 1;
    n++;
  }
  return n;
}

static unsigned parity64(uint64_t x) {
  x ^= x >> 32;
  x ^= x >> 16;
  x ^= x >> 8;
  x ^= x >> 4;
  x ^= x >> 2;
  x ^= x >> 1;
  return (unsigned)(x & 1u);
}

uint64_t gray_next(uint64_t g, unsigned bits) {
  uint64_t mask = bits >= 64 ? UINT64_MAX : (1ull << bits) - 1;
  if (parity64(g) == 0) return (g ^ 1u) & mask;
  /* odd parity: flip the bit left of the lowest set bit */
  uint64_t low = g & (0 - g);
  uint64_t flip = low << 1;
  if ((flip & mask) == 0) flip = low; /* last code: wrap to 0 by clearing the top bit */
  return (g ^ flip) & mask;
}
