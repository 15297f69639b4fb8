#include "solution.h"

unsigned ctz32(uint32_t x) {
  if (x == 0) return 32;
  unsigned n = 0;
  if ((x & 0xFFFFu) == 0) { n += 16; x >>= 16; }
  if ((x & 0xFFu) == 0) { n += 8; x >>= 8; }
  if ((x & 0xFu) == 0) { n += 4; x >>= 4; }
  if ((x & 0x3u) == 0) { n += 2; x >>= 2; }
  if ((x & 0x1u) == 0) { n += 1; }
  return n;
}

unsigned clz32(uint32_t x) {
  if (x == 0) return 32;
  unsigned n = 0;
  if ((x & 0xFFFF0000u) == 0) { n += 16; x <<= 16; }
  if ((x & 0xFF000000u) == 0) { n += 8; x <<= 8; }
  if ((x & 0xF0000000u) == 0) { n += 4; x <<= 4; }
  if ((x & 0xC0000000u) == 0) { n += 2; x <<= 2; }
  if ((x & 0x80000000u) == 0) { n += 1; }
  return n;
}

static const unsigned char debruijn_index[64] = {
    0,  1,  48, 2,  57, 49, 28, 3,  61, 58, 50, 42, 38, 29, 17, 4,  62, 55, 59, 36, 53, 51,
    43, 22, 45, 39, 33, 30, 24, 18, 12, 5,  63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21,
    44, 32, 23, 11, 46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9,  13, 8,  7,  6};

unsigned ctz64(uint64_t x) {
  if (x == 0) return 64;
  uint64_t lowest = x & (0 - x);
  return debruijn_index[(lowest * 0x03F79D71B4CB0A89ull) >> 58];
}

static unsigned popcount64(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

unsigned clz64(uint64_t x) {
  x |= x >> 1;
  x |= x >> 2;
  x |= x >> 4;
  x |= x >> 8;
  x |= x >> 16;
  x |= x >> 32;
  return 64 - popcount64(x);
}

unsigned longest_ones_run(uint64_t x) {
  unsigned n = 0;
  while (x) {
    x &= x << 1; /* each step shortens every run by one */
    n++;
  }
  return n;
}

unsigned cto64(uint64_t x) { return ctz64(~x); }
