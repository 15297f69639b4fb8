#include "solution.h"

static uint64_t low_mask(unsigned len) { return len >= 64 ? UINT64_MAX : (1ull << len) - 1; }

uint64_t bits_extract(uint64_t x, unsigned lo, unsigned len) { return (x >> lo) & low_mask(len); }

uint64_t bits_insert(uint64_t x, unsigned lo, unsigned len, uint64_t value) {
  uint64_t m = low_mask(len) << lo;
  return (x & ~m) | ((value << lo) & m);
}

int64_t sign_extend(uint64_t x, unsigned len) {
  uint64_t m = low_mask(len);
  x &= m;
  uint64_t sign = 1ull << (len - 1);
  /* (x ^ sign) - sign computed in unsigned, then converted without implementation-defined
   * behaviour by branching on the sign */
  uint64_t v = (x ^ sign) - sign;
  if ((v >> 63) == 0) return (int64_t)v;
  return -(int64_t)(~v) - 1; /* ~v < 2^63, so both operations are in range */
}

uint64_t pdep64(uint64_t src, uint64_t mask) {
  uint64_t result = 0;
  for (uint64_t bb = 1; mask != 0; bb <<= 1) {
    uint64_t lowest = mask & (0 - mask);
    if (src & bb) result |= lowest;
    mask ^= lowest;
  }
  return result;
}

uint64_t pext64(uint64_t src, uint64_t mask) {
  uint64_t result = 0;
  for (uint64_t bb = 1; mask != 0; bb <<= 1) {
    uint64_t lowest = mask & (0 - mask);
    if (src & lowest) result |= bb;
    mask ^= lowest;
  }
  return result;
}

uint16_t rgb565_pack(uint8_t r, uint8_t g, uint8_t b) {
  uint64_t p = 0;
  p = bits_insert(p, 11, 5, r >> 3);
  p = bits_insert(p, 5, 6, g >> 2);
  p = bits_insert(p, 0, 5, b >> 3);
  return (uint16_t)p;
}

void rgb565_unpack(uint16_t p, uint8_t *r, uint8_t *g, uint8_t *b) {
  unsigned r5 = (unsigned)bits_extract(p, 11, 5), g6 = (unsigned)bits_extract(p, 5, 6),
           b5 = (unsigned)bits_extract(p, 0, 5);
  *r = (uint8_t)((r5 << 3) | (r5 >> 2));
  *g = (uint8_t)((g6 << 2) | (g6 >> 4));
  *b = (uint8_t)((b5 << 3) | (b5 >> 2));
}
