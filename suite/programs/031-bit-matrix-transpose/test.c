#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x2718281828459045ull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static unsigned at(uint64_t m, unsigned r, unsigned c) { return (unsigned)((m >> (8 * r + c)) & 1u); }
static uint64_t set_at(uint64_t m, unsigned r, unsigned c) { return m | (1ull << (8 * r + c)); }

static uint64_t ref_transpose(uint64_t m) {
  uint64_t t = 0;
  for (unsigned r = 0; r < 8; r++)
    for (unsigned c = 0; c < 8; c++)
      if (at(m, r, c)) t = set_at(t, c, r);
  return t;
}

static uint64_t ref_multiply(uint64_t a, uint64_t b) {
  uint64_t p = 0;
  for (unsigned r = 0; r < 8; r++)
    for (unsigned c = 0; c < 8; c++) {
      unsigned v = 0;
      for (unsigned k = 0; k < 8; k++) v |= at(a, r, k) & at(b, k, c);
      if (v) p = set_at(p, r, c);
    }
  return p;
}

int main(void) {
  CHECK(transpose8x8(0) == 0);
  CHECK(transpose8x8(UINT64_MAX) == UINT64_MAX);
  CHECK(transpose8x8(bitmat_identity8()) == bitmat_identity8());
  CHECK(transpose8x8(0xFFull) == 0x0101010101010101ull);          /* row 0 -> column 0 */
  CHECK(transpose8x8(0x0101010101010101ull) == 0xFFull);
  CHECK(transpose8x8(1ull << 7) == 1ull << 56);                    /* (0,7) -> (7,0) */
  CHECK(transpose8x8(0x0102040810204080ull) == 0x0102040810204080ull); /* anti-diagonal */

  for (int it = 0; it < 3000; it++) {
    uint64_t a = next_u64(), b = next_u64();
    if (it % 4 == 0) a &= next_u64();
    uint64_t t = transpose8x8(a);
    CHECK(t == ref_transpose(a));
    CHECK(transpose8x8(t) == a);
    if (it < 500) {
      uint64_t p = bitmat_multiply8(a, b);
      CHECK(p == ref_multiply(a, b));
      /* (AB)^T = B^T A^T */
      CHECK(transpose8x8(p) == bitmat_multiply8(transpose8x8(b), t));
    }
    CHECK(bitmat_multiply8(a, bitmat_identity8()) == a);
    CHECK(bitmat_multiply8(bitmat_identity8(), a) == a);
    CHECK(bitmat_multiply8(a, 0) == 0);
    uint64_t rot = rotate90_cw8(a);
    for (unsigned r = 0; r < 8; r++)
      for (unsigned c = 0; c < 8; c++) {
        CHECK(at(rot, r, c) == at(a, 7 - c, r));
        CHECK(at(flip_horizontal8(a), r, c) == at(a, r, 7 - c));
      }
    CHECK(rotate90_cw8(rotate90_cw8(rotate90_cw8(rotate90_cw8(a)))) == a);
  }

  uint32_t m[32], orig[32];
  for (int trial = 0; trial < 200; trial++) {
    for (int r = 0; r < 32; r++) orig[r] = m[r] = (uint32_t)next_u64();
    if (trial == 0)
      for (int r = 0; r < 32; r++) orig[r] = m[r] = 1u << r; /* identity */
    if (trial == 1)
      for (int r = 0; r < 32; r++) orig[r] = m[r] = r == 3 ? UINT32_MAX : 0;
    transpose32x32(m);
    for (unsigned r = 0; r < 32; r++)
      for (unsigned c = 0; c < 32; c++) CHECK(((m[r] >> c) & 1u) == ((orig[c] >> r) & 1u));
    transpose32x32(m);
    for (int r = 0; r < 32; r++) CHECK(m[r] == orig[r]);
  }
  return 0;
}
