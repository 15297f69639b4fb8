#include "solution.h"

uint8_t reverse_bits8(uint8_t x) {
  /* multiply-and-mask trick (64-bit arithmetic) */
  return (uint8_t)((((uint64_t)x * 0x0202020202ull) & 0x010884422010ull) % 1023u);
}

uint32_t reverse_bits32(uint32_t x) {
  x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
  x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
  x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
  x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
  return (x >> 16) | (x << 16);
}

uint64_t reverse_bits64(uint64_t x) {
  return ((uint64_t)reverse_bits32((uint32_t)x) << 32) | reverse_bits32((uint32_t)(x >> 32));
}

uint64_t reverse_low_bits(uint64_t x, unsigned width) {
  return reverse_bits64(x) >> (64 - width);
}

uint32_t byte_swap32(uint32_t x) {
  return ((x & 0xFFu) << 24) | ((x & 0xFF00u) << 8) | ((x >> 8) & 0xFF00u) | (x >> 24);
}

uint64_t byte_swap64(uint64_t x) {
  return ((uint64_t)byte_swap32((uint32_t)x) << 32) | byte_swap32((uint32_t)(x >> 32));
}

void bit_reverse_permute(int *a, unsigned log2n) {
  if (log2n == 0) return;
  size_t n = (size_t)1 << log2n;
  for (size_t i = 0; i < n; i++) {
    size_t j = (size_t)reverse_low_bits(i, log2n);
    if (i < j) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
