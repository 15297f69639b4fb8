#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x0F1E2D3C4B5A6978ull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

/* bit-by-bit references */
static uint64_t ref_extract(uint64_t x, unsigned lo, unsigned len) {
  uint64_t r = 0;
  for (unsigned i = 0; i < len; i++) r |= ((x >> (lo + i)) & 1u) << i;
  return r;
}
static uint64_t ref_pdep(uint64_t src, uint64_t mask) {
  uint64_t r = 0;
  unsigned k = 0;
  for (unsigned i = 0; i < 64; i++)
    if ((mask >> i) & 1u) {
      if ((src >> k) & 1u) r |= 1ull << i;
      k++;
    }
  return r;
}
static uint64_t ref_pext(uint64_t src, uint64_t mask) {
  uint64_t r = 0;
  unsigned k = 0;
  for (unsigned i = 0; i < 64; i++)
    if ((mask >> i) & 1u) {
      if ((src >> i) & 1u) r |= 1ull << k;
      k++;
    }
  return r;
}

int main(void) {
  CHECK(bits_extract(0xABCD, 4, 8) == 0xBC);
  CHECK(bits_extract(UINT64_MAX, 0, 64) == UINT64_MAX);
  CHECK(bits_extract(0x8000000000000000ull, 63, 1) == 1);
  CHECK(bits_insert(0, 4, 8, 0xFFF) == 0xFF0);
  CHECK(bits_insert(UINT64_MAX, 0, 64, 5) == 5);
  CHECK(bits_insert(0xFFFF, 8, 4, 0) == 0xF0FF);
  CHECK(sign_extend(0xF, 4) == -1);
  CHECK(sign_extend(0x7, 4) == 7);
  CHECK(sign_extend(0x8, 4) == -8);
  CHECK(sign_extend(0xFF80, 8) == -128);
  CHECK(sign_extend(0x8000000000000000ull, 64) == INT64_MIN);
  CHECK(sign_extend(0x7FFFFFFFFFFFFFFFull, 64) == INT64_MAX);
  CHECK(sign_extend(UINT64_MAX, 64) == -1);
  CHECK(sign_extend(1, 1) == -1 && sign_extend(0, 1) == 0);
  CHECK(sign_extend(0x12345, 17) == 0x12345 - 0x20000);

  for (int it = 0; it < 5000; it++) {
    uint64_t x = next_u64(), v = next_u64();
    unsigned len = (unsigned)(next_u64() % 64) + 1;
    unsigned lo = (unsigned)(next_u64() % (65 - len));
    uint64_t f = bits_extract(x, lo, len);
    CHECK(f == ref_extract(x, lo, len));
    uint64_t y = bits_insert(x, lo, len, v);
    CHECK(bits_extract(y, lo, len) == ref_extract(v, 0, len));
    /* bits outside the field unchanged */
    for (unsigned i = 0; i < 64; i += 5)
      if (i < lo || i >= lo + len) CHECK(((y >> i) & 1u) == ((x >> i) & 1u));
    CHECK(bits_insert(x, lo, len, f) == x);
    /* sign extension: compare with arithmetic on the field value */
    int64_t s = sign_extend(x, len);
    uint64_t fl = ref_extract(x, 0, len);
    if (len == 64 || (fl >> (len - 1)) == 0) {
      CHECK((uint64_t)s == fl);
    } else {
      CHECK(s < 0);
      CHECK((uint64_t)s == (fl | ~((1ull << len) - 1))); /* two's complement conversion, well defined */
    }

    uint64_t mask = next_u64();
    if (it % 3 == 0) mask &= next_u64();
    CHECK(pdep64(x, mask) == ref_pdep(x, mask));
    CHECK(pext64(x, mask) == ref_pext(x, mask));
    unsigned k = 0;
    for (uint64_t m = mask; m; m >>= 1) k += (unsigned)(m & 1u);
    CHECK(pext64(pdep64(x, mask), mask) == (k == 64 ? x : (x & ((1ull << k) - 1))));
    CHECK(pdep64(pext64(x, mask), mask) == (x & mask));
  }
  CHECK(pdep64(UINT64_MAX, 0) == 0 && pext64(UINT64_MAX, 0) == 0);
  CHECK(pdep64(0x5, 0xF0) == 0x50);
  CHECK(pext64(0xABCD, 0xFF00) == 0xAB);
  CHECK(pext64(0xF0F0, 0xAAAA) == 0xCC);
  CHECK(pdep64(0xCC, 0xAAAA) == 0xA0A0);
  CHECK(pext64(UINT64_MAX, UINT64_MAX) == UINT64_MAX && pdep64(UINT64_MAX, UINT64_MAX) == UINT64_MAX);

  uint8_t r, g, b;
  CHECK(rgb565_pack(255, 255, 255) == 0xFFFF);
  CHECK(rgb565_pack(0, 0, 0) == 0);
  CHECK(rgb565_pack(255, 0, 0) == 0xF800);
  CHECK(rgb565_pack(0, 255, 0) == 0x07E0);
  CHECK(rgb565_pack(0, 0, 255) == 0x001F);
  rgb565_unpack(0xFFFF, &r, &g, &b);
  CHECK(r == 255 && g == 255 && b == 255);
  rgb565_unpack(0x0841, &r, &g, &b); /* 1, 2, 1 */
  CHECK(r == 8 && g == 8 && b == 8);
  for (unsigned p = 0; p < 65536; p += 7) {
    rgb565_unpack((uint16_t)p, &r, &g, &b);
    CHECK(rgb565_pack(r, g, b) == p);
  }
  return 0;
}
