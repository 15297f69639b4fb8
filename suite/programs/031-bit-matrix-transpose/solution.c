#include "solution.h"

uint64_t transpose8x8(uint64_t x) {
  uint64_t t;
  t = (x ^ (x >> 7)) & 0x00AA00AA00AA00AAull;
  x = x ^ t ^ (t << 7);
  t = (x ^ (x >> 14)) & 0x0000CCCC0000CCCCull;
  x = x ^ t ^ (t << 14);
  t = (x ^ (x >> 28)) & 0x00000000F0F0F0F0ull;
  x = x ^ t ^ (t << 28);
  return x;
}

uint64_t bitmat_identity8(void) { return 0x8040201008040201ull; }

uint64_t bitmat_multiply8(uint64_t a, uint64_t b) {
  /* (a*b)[r][c] = OR_k a[r][k] & b[k][c]: for each k, broadcast column k of a across the row
   * and AND with row k of b replicated to every row */
  uint64_t result = 0;
  for (unsigned k = 0; k < 8; k++) {
    uint64_t col = (a >> k) & 0x0101010101010101ull; /* bit 8r set iff a[r][k] */
    uint64_t mask = col * 0xFFu;                     /* expand to full rows */
    uint64_t row = (b >> (8 * k)) & 0xFFu;
    result |= mask & (row * 0x0101010101010101ull);
  }
  return result;
}

void transpose32x32(uint32_t rows[32]) {
  uint32_t mask = 0x0000FFFFu;
  for (unsigned j = 16; j != 0; j >>= 1, mask ^= mask << j) {
    for (unsigned k = 0; k < 32; k = (k + j + 1) & ~j) {
      uint32_t t = (rows[k] ^ (rows[k + j] << j)) & ~mask;
      /* swap the upper-right / lower-left j x j blocks (bit c is column c) */
      rows[k] ^= t;
      rows[k + j] ^= t >> j;
    }
  }
}

uint64_t flip_horizontal8(uint64_t m) {
  m = ((m >> 1) & 0x5555555555555555ull) | ((m & 0x5555555555555555ull) << 1);
  m = ((m >> 2) & 0x3333333333333333ull) | ((m & 0x3333333333333333ull) << 2);
  m = ((m >> 4) & 0x0F0F0F0F0F0F0F0Full) | ((m & 0x0F0F0F0F0F0F0F0Full) << 4);
  return m;
}

uint64_t rotate90_cw8(uint64_t m) {
  /* clockwise rotation: new[r][c] = old[7 - c][r] = transpose then mirror columns */
  return flip_horizontal8(transpose8x8(m));
}
