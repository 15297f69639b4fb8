#include "solution.h"

unsigned parity32(uint32_t x) {
  x ^= x >> 16;
  x ^= x >> 8;
  x ^= x >> 4;
  x &= 0xFu;
  return (0x6996u >> x) & 1u;
}

unsigned parity64(uint64_t x) {
  x ^= x >> 1;
  x ^= x >> 2;
  x = (x & 0x1111111111111111ull) * 0x1111111111111111ull;
  return (unsigned)((x >> 60) & 1u);
}

uint8_t add_even_parity(uint8_t seven_bits) {
  uint8_t v = seven_bits & 0x7Fu;
  return (uint8_t)(v | (parity32(v) << 7));
}

static unsigned bit(unsigned w, unsigned pos) { return (w >> (pos - 1)) & 1u; }

uint8_t hamming74_encode(uint8_t nibble) {
  unsigned d1 = nibble & 1u, d2 = (nibble >> 1) & 1u, d3 = (nibble >> 2) & 1u, d4 = (nibble >> 3) & 1u;
  unsigned p1 = d1 ^ d2 ^ d4; /* covers positions 3, 5, 7 */
  unsigned p2 = d1 ^ d3 ^ d4; /* covers positions 3, 6, 7 */
  unsigned p4 = d2 ^ d3 ^ d4; /* covers positions 5, 6, 7 */
  /* positions: 1=p1 2=p2 3=d1 4=p4 5=d2 6=d3 7=d4 */
  return (uint8_t)(p1 | p2 << 1 | d1 << 2 | p4 << 3 | d2 << 4 | d3 << 5 | d4 << 6);
}

uint8_t hamming74_decode(uint8_t word, unsigned *corrected_pos) {
  unsigned w = word & 0x7Fu;
  unsigned s1 = bit(w, 1) ^ bit(w, 3) ^ bit(w, 5) ^ bit(w, 7);
  unsigned s2 = bit(w, 2) ^ bit(w, 3) ^ bit(w, 6) ^ bit(w, 7);
  unsigned s4 = bit(w, 4) ^ bit(w, 5) ^ bit(w, 6) ^ bit(w, 7);
  unsigned syndrome = s1 | s2 << 1 | s4 << 2;
  if (syndrome) w ^= 1u << (syndrome - 1);
  if (corrected_pos) *corrected_pos = syndrome;
  return (uint8_t)(bit(w, 3) | bit(w, 5) << 1 | bit(w, 6) << 2 | bit(w, 7) << 3);
}

uint8_t secded_encode(uint8_t nibble) {
  uint8_t c = hamming74_encode(nibble);
  return (uint8_t)(c | parity32(c) << 7);
}

int secded_decode(uint8_t word, uint8_t *nibble) {
  unsigned pos;
  unsigned overall = parity32(word);
  *nibble = hamming74_decode(word, &pos);
  if (pos == 0 && overall == 0) return 0;
  if (overall == 1) return 1; /* single error (possibly in the overall parity bit itself) */
  return 2;                   /* syndrome set but overall parity even: two errors */
}
