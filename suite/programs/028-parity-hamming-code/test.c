#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x2468ACE013579BDFull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static unsigned ref_parity(uint64_t x) {
  unsigned p = 0;
  while (x) {
    p ^= (unsigned)(x & 1u);
    x >>= 1;
  }
  return p;
}

/* reference Hamming(7,4) via generator matrix columns */
static uint8_t ref_encode(unsigned d) {
  static const unsigned char gen[4] = {0x07 /* d1 -> pos 1,2,3 */, 0x19 /* d2 -> pos 1,4,5 */,
                                       0x2A /* d3 -> pos 2,4,6 */, 0x4B /* d4 -> pos 1,2,4,7 */};
  unsigned w = 0;
  for (int i = 0; i < 4; i++)
    if ((d >> i) & 1u) w ^= gen[i];
  return (uint8_t)w;
}

int main(void) {
  CHECK(parity32(0) == 0 && parity64(0) == 0);
  CHECK(parity32(1) == 1 && parity64(1ull << 63) == 1);
  CHECK(parity32(UINT32_MAX) == 0 && parity64(UINT64_MAX) == 0);
  CHECK(parity32(0x80000001u) == 0 && parity32(0x7u) == 1);
  for (unsigned v = 0; v < 70000; v++) CHECK(parity32(v) == ref_parity(v));
  for (int it = 0; it < 20000; it++) {
    uint64_t x = next_u64();
    CHECK(parity64(x) == ref_parity(x));
    CHECK(parity32((uint32_t)x) == ref_parity((uint32_t)x));
    CHECK((parity64(x) ^ parity64(x ^ (1ull << (it % 64)))) == 1);
  }
  for (unsigned v = 0; v < 256; v++) {
    uint8_t b = add_even_parity((uint8_t)v);
    CHECK((b & 0x7F) == (v & 0x7F));
    CHECK(ref_parity(b) == 0);
  }

  unsigned pos;
  for (unsigned d = 0; d < 16; d++) {
    uint8_t c = hamming74_encode((uint8_t)d);
    CHECK(c < 128);
    CHECK(c == ref_encode(d));
    CHECK(hamming74_decode(c, &pos) == d && pos == 0);
    for (unsigned p = 1; p <= 7; p++) {
      uint8_t bad = (uint8_t)(c ^ (1u << (p - 1)));
      CHECK(hamming74_decode(bad, &pos) == d);
      CHECK(pos == p);
    }
    CHECK(hamming74_decode(c, NULL) == d);
    /* minimum distance 3 between distinct codewords */
    for (unsigned e = 0; e < d; e++) {
      unsigned dist = 0, x = (unsigned)(c ^ hamming74_encode((uint8_t)e));
      for (; x; x >>= 1) dist += x & 1u;
      CHECK(dist >= 3);
    }
  }
  CHECK(hamming74_encode(0) == 0);
  CHECK(hamming74_encode(15) == 0x7F);
  CHECK(hamming74_encode(0x1) == 0x07);
  CHECK(hamming74_encode(0x8) == 0x4B);

  uint8_t nib;
  for (unsigned d = 0; d < 16; d++) {
    uint8_t c = secded_encode((uint8_t)d);
    CHECK(ref_parity(c) == 0);
    CHECK(secded_decode(c, &nib) == 0 && nib == d);
    for (unsigned i = 0; i < 8; i++) {
      CHECK(secded_decode((uint8_t)(c ^ (1u << i)), &nib) == 1);
      CHECK(nib == d);
      for (unsigned j = i + 1; j < 8; j++) {
        CHECK(secded_decode((uint8_t)(c ^ (1u << i) ^ (1u << j)), &nib) == 2);
        CHECK(nib < 16);
      }
    }
  }
  return 0;
}
