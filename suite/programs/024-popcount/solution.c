#include "solution.h"

unsigned popcount32_swar(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0Fu;
  return (unsigned)((x * 0x01010101u) >> 24);
}

unsigned popcount64_swar(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

unsigned popcount64_kernighan(uint64_t x) {
  unsigned c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}

static unsigned char table[256];
static int table_ready;

static void build_table(void) {
  for (unsigned i = 1; i < 256; i++) table[i] = (unsigned char)((i & 1u) + table[i / 2]);
  table_ready = 1;
}

unsigned popcount64_table(uint64_t x) {
  if (!table_ready) build_table();
  unsigned c = 0;
  for (int i = 0; i < 8; i++) {
    c += table[x & 0xFFu];
    x >>= 8;
  }
  return c;
}

uint64_t popcount_buffer(const unsigned char *buf, size_t n) {
  uint64_t total = 0;
  size_t i = 0;
  /* whole 8-byte chunks assembled little-endian (no aliasing tricks) */
  for (; i + 8 <= n; i += 8) {
    uint64_t w = 0;
    for (int b = 7; b >= 0; b--) w = (w << 8) | buf[i + (size_t)b];
    total += popcount64_swar(w);
  }
  for (; i < n; i++) total += popcount32_swar(buf[i]);
  return total;
}

uint64_t hamming_distance_words(const uint64_t *a, const uint64_t *b, size_t n) {
  uint64_t d = 0;
  for (size_t i = 0; i < n; i++) d += popcount64_swar(a[i] ^ b[i]);
  return d;
}

unsigned select_bit64(uint64_t x, unsigned k) {
  unsigned base = 0;
  /* skip whole bytes using the byte counts */
  while (x != 0) {
    unsigned c = popcount64_swar(x & 0xFFu);
    if (k < c) break;
    k -= c;
    x >>= 8;
    base += 8;
  }
  if (x == 0) return 64;
  for (unsigned i = 0; i < 8; i++) {
    if ((x >> i) & 1u) {
      if (k == 0) return base + i;
      k--;
    }
  }
  return 64; /* unreachable */
}
