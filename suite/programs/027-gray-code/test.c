#include <stdint.h>
#include <stdlib.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x1357924680ACEBDFull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static unsigned bitcount(uint64_t x) {
  unsigned c = 0;
  for (; x; x >>= 1) c += (unsigned)(x & 1u);
  return c;
}

/* reference inverse: bit i of the binary value is the xor of gray bits i..63 */
static uint64_t ref_from_gray(uint64_t g) {
  uint64_t b = 0;
  unsigned acc = 0;
  for (int i = 63; i >= 0; i--) {
    acc ^= (unsigned)((g >> i) & 1u);
    b |= (uint64_t)acc << i;
  }
  return b;
}

int main(void) {
  const uint32_t g3[8] = {0, 1, 3, 2, 6, 7, 5, 4};
  for (uint64_t i = 0; i < 8; i++) {
    CHECK(to_gray(i) == g3[i]);
    CHECK(from_gray(g3[i]) == i);
  }
  CHECK(to_gray(UINT64_MAX) == 0x8000000000000000ull);
  CHECK(from_gray(0x8000000000000000ull) == UINT64_MAX);
  CHECK(to_gray(0) == 0 && from_gray(0) == 0);

  for (int it = 0; it < 10000; it++) {
    uint64_t x = next_u64();
    uint64_t g = to_gray(x);
    CHECK(from_gray(g) == x);
    CHECK(ref_from_gray(g) == x);
    CHECK(from_gray(x) == ref_from_gray(x));
    if (x != UINT64_MAX) {
      uint64_t g2 = to_gray(x + 1);
      CHECK(bitcount(g ^ g2) == 1);
      CHECK((g ^ g2) == 1ull << gray_flip_bit(x));
    }
  }

  enum { BITS = 12, LEN = 1 << BITS };
  uint32_t *seq = malloc(LEN * sizeof *seq);
  unsigned char *seen = calloc(LEN, 1);
  CHECK(seq != NULL && seen != NULL);
  gray_sequence(BITS, seq);
  for (uint32_t i = 0; i < LEN; i++) {
    CHECK(seq[i] == to_gray(i));
    CHECK(seq[i] < LEN && !seen[seq[i]]);
    seen[seq[i]] = 1;
    uint32_t nxt = seq[(i + 1) % LEN];
    CHECK(bitcount(seq[i] ^ nxt) == 1); /* cyclic: last and first differ in one bit */
    CHECK(gray_next(seq[i], BITS) == nxt);
  }
  uint32_t one;
  gray_sequence(0, &one);
  CHECK(one == 0);
  uint32_t two[2];
  gray_sequence(1, two);
  CHECK(two[0] == 0 && two[1] == 1);
  free(seq);
  free(seen);

  /* walking gray_next from a random start visits codes in order */
  for (unsigned bits = 1; bits <= 20; bits++) {
    uint64_t mask = (1ull << bits) - 1;
    uint64_t start = next_u64() & mask;
    uint64_t g = to_gray(start);
    for (int step = 1; step <= 50; step++) {
      g = gray_next(g, bits);
      CHECK(g == to_gray((start + (uint64_t)step) & mask));
    }
  }
  CHECK(gray_next(to_gray(UINT64_MAX), 64) == 0);
  CHECK(gray_next(0, 64) == 1);
  CHECK(gray_flip_bit(0) == 0 && gray_flip_bit(1) == 1 && gray_flip_bit(3) == 2 && gray_flip_bit(7) == 3);
  CHECK(gray_flip_bit(UINT64_MAX) == 63);
  return 0;
}
