#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x1618033988749894ull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static uint64_t ref_m2(uint32_t x, uint32_t y) {
  uint64_t c = 0;
  for (unsigned i = 0; i < 32; i++) {
    c |= (uint64_t)((x >> i) & 1u) << (2 * i);
    c |= (uint64_t)((y >> i) & 1u) << (2 * i + 1);
  }
  return c;
}

static uint64_t ref_m3(uint32_t x, uint32_t y, uint32_t z) {
  uint64_t c = 0;
  for (unsigned i = 0; i < 21; i++) {
    c |= (uint64_t)((x >> i) & 1u) << (3 * i);
    c |= (uint64_t)((y >> i) & 1u) << (3 * i + 1);
    c |= (uint64_t)((z >> i) & 1u) << (3 * i + 2);
  }
  return c;
}

int main(void) {
  CHECK(morton2_encode(0, 0) == 0);
  CHECK(morton2_encode(1, 0) == 1);
  CHECK(morton2_encode(0, 1) == 2);
  CHECK(morton2_encode(3, 3) == 15);
  CHECK(morton2_encode(UINT32_MAX, 0) == 0x5555555555555555ull);
  CHECK(morton2_encode(0, UINT32_MAX) == 0xAAAAAAAAAAAAAAAAull);
  CHECK(morton2_encode(UINT32_MAX, UINT32_MAX) == UINT64_MAX);
  CHECK(morton3_encode(1, 1, 1) == 7);
  CHECK(morton3_encode(0x1FFFFF, 0, 0) == 0x1249249249249249ull);
  CHECK(morton3_encode(0x1FFFFF, 0x1FFFFF, 0x1FFFFF) == 0x7FFFFFFFFFFFFFFFull);
  CHECK(morton3_encode(0xFFE00000u, 0, 0) == 0); /* bits above 21 ignored */

  /* Z-order of a 4x4 grid */
  static const unsigned char z4[4][4] = {{0, 1, 4, 5}, {2, 3, 6, 7}, {8, 9, 12, 13}, {10, 11, 14, 15}};
  for (uint32_t y = 0; y < 4; y++)
    for (uint32_t x = 0; x < 4; x++) CHECK(morton2_encode(x, y) == z4[y][x]);

  uint32_t a, b, c;
  for (int it = 0; it < 5000; it++) {
    uint32_t x = (uint32_t)next_u64(), y = (uint32_t)next_u64(), z = (uint32_t)next_u64();
    uint64_t m = morton2_encode(x, y);
    CHECK(m == ref_m2(x, y));
    morton2_decode(m, &a, &b);
    CHECK(a == x && b == y);
    uint64_t m3 = morton3_encode(x, y, z);
    CHECK(m3 == ref_m3(x, y, z));
    morton3_decode(m3, &a, &b, &c);
    CHECK(a == (x & 0x1FFFFF) && b == (y & 0x1FFFFF) && c == (z & 0x1FFFFF));
    CHECK(morton2_inc_x(m) == morton2_encode(x + 1u, y)); /* unsigned wrap is intended */
    /* decoding arbitrary codes and re-encoding is the identity */
    uint64_t r = next_u64();
    morton2_decode(r, &a, &b);
    CHECK(morton2_encode(a, b) == r);
    morton3_decode(r, &a, &b, &c);
    CHECK(morton3_encode(a, b, c) == (r & 0x7FFFFFFFFFFFFFFFull));
  }
  /* ordering property: codes in a 2^k x 2^k quadrant are contiguous */
  for (uint32_t y = 0; y < 16; y++)
    for (uint32_t x = 0; x < 16; x++) {
      uint64_t m = morton2_encode(x, y);
      CHECK(m < 256);
      CHECK((m >> 6) == (uint64_t)((y / 8) * 2 + (x / 8)));
    }
  CHECK(morton2_inc_x(morton2_encode(UINT32_MAX, 5)) == morton2_encode(0, 5));
  return 0;
}
