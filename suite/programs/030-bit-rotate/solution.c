#include "solution.h"
#include <stdlib.h>

uint8_t rotl8(uint8_t x, unsigned n) {
  n &= 7u;
  return (uint8_t)((unsigned)(x << n) | (unsigned)(x >> ((8u - n) & 7u)));
}

uint32_t rotl32(uint32_t x, unsigned n) {
  n &= 31u;
  return (x << n) | (x >> ((32u - n) & 31u));
}

uint32_t rotr32(uint32_t x, unsigned n) {
  n &= 31u;
  return (x >> n) | (x << ((32u - n) & 31u));
}

uint64_t rotl64(uint64_t x, unsigned n) {
  n &= 63u;
  return (x << n) | (x >> ((64u - n) & 63u));
}

uint64_t rotr64(uint64_t x, unsigned n) {
  n &= 63u;
  return (x >> n) | (x << ((64u - n) & 63u));
}

uint64_t funnel_shl64(uint64_t hi, uint64_t lo, unsigned n) {
  n &= 63u;
  if (n == 0) return hi;
  return (hi << n) | (lo >> (64u - n));
}

int rotl_words(uint64_t *words, size_t nwords, size_t n) {
  if (nwords == 0) return 0;
  size_t total = nwords * 64;
  n %= total;
  if (n == 0) return 0;
  uint64_t *tmp = malloc(nwords * sizeof *tmp);
  if (tmp == NULL) return -1;
  size_t word_shift = n / 64;
  unsigned bit_shift = (unsigned)(n % 64);
  for (size_t i = 0; i < nwords; i++) {
    /* destination word i takes bits from source words i - word_shift and i - word_shift - 1 */
    size_t src = (i + nwords - word_shift) % nwords;
    size_t below = (src + nwords - 1) % nwords;
    tmp[i] = funnel_shl64(words[src], words[below], bit_shift);
  }
  for (size_t i = 0; i < nwords; i++) words[i] = tmp[i];
  free(tmp);
  return 0;
}

uint32_t min_rotation32(uint32_t x) {
  uint32_t best = x;
  for (unsigned r = 1; r < 32; r++) {
    uint32_t v = rotl32(x, r);
    if (v < best) best = v;
  }
  return best;
}
