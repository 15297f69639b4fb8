#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x3141592653589793ull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

/* reference: rotate one bit at a time */
static uint64_t ref_rotl(uint64_t x, unsigned n, unsigned width) {
  uint64_t mask = width == 64 ? UINT64_MAX : (1ull << width) - 1;
  x &= mask;
  for (unsigned i = 0; i < n % width; i++) {
    uint64_t top = (x >> (width - 1)) & 1u;
    x = ((x << 1) & mask) | top;
  }
  return x;
}

static int get_bit(const uint64_t *w, size_t i) { return (int)((w[i / 64] >> (i % 64)) & 1u); }

int main(void) {
  CHECK(rotl32(0x80000001u, 1) == 0x00000003u);
  CHECK(rotr32(0x80000001u, 1) == 0xC0000000u);
  CHECK(rotl32(0x12345678u, 0) == 0x12345678u);
  CHECK(rotl32(0x12345678u, 32) == 0x12345678u);
  CHECK(rotl32(0x12345678u, 8) == 0x34567812u);
  CHECK(rotr32(0x12345678u, 8) == 0x78123456u);
  CHECK(rotl64(1, 63) == 1ull << 63 && rotl64(1, 64) == 1 && rotl64(1, 65) == 2);
  CHECK(rotr64(1, 1) == 1ull << 63);
  CHECK(rotl8(0x81, 1) == 0x03 && rotl8(0x81, 8) == 0x81 && rotl8(0x0F, 4) == 0xF0);
  CHECK(funnel_shl64(0x1, 0x8000000000000000ull, 1) == 0x3);
  CHECK(funnel_shl64(0xAB, 0xCD, 0) == 0xAB);
  CHECK(funnel_shl64(0, UINT64_MAX, 63) == (UINT64_MAX >> 1));

  for (int it = 0; it < 5000; it++) {
    uint64_t x = next_u64();
    unsigned n = (unsigned)(next_u64() % 200);
    CHECK(rotl64(x, n) == ref_rotl(x, n, 64));
    CHECK(rotr64(x, n) == ref_rotl(x, (64 - n % 64) % 64, 64));
    CHECK(rotr64(rotl64(x, n), n) == x);
    CHECK(rotl32((uint32_t)x, n) == ref_rotl(x, n, 32));
    CHECK(rotr32((uint32_t)x, n) == ref_rotl(x, (32 - n % 32) % 32, 32));
    CHECK(rotl8((uint8_t)x, n) == ref_rotl(x, n, 8));
    CHECK(rotl64(x, n) == funnel_shl64(x, x, n));
    CHECK(rotl32((uint32_t)x, UINT32_MAX) == rotr32((uint32_t)x, 1));
  }

  /* multi-word rotation against a bitwise reference */
  uint64_t w[5], orig[5];
  for (size_t nw = 1; nw <= 5; nw++) {
    for (int trial = 0; trial < 40; trial++) {
      for (size_t i = 0; i < nw; i++) orig[i] = w[i] = next_u64();
      size_t total = 64 * nw;
      size_t n = (size_t)(next_u64() % (3 * total));
      if (trial == 0) n = 0;
      if (trial == 1) n = total;
      if (trial == 2) n = 64;
      CHECK(rotl_words(w, nw, n) == 0);
      for (size_t i = 0; i < total; i++) CHECK(get_bit(w, (i + n) % total) == get_bit(orig, i));
      CHECK(rotl_words(w, nw, total - n % total) == 0);
      for (size_t i = 0; i < nw; i++) CHECK(w[i] == orig[i]);
    }
  }
  CHECK(rotl_words(w, 0, 5) == 0);
  w[0] = 0x8000000000000000ull;
  w[1] = 0;
  CHECK(rotl_words(w, 2, 1) == 0 && w[0] == 0 && w[1] == 1);

  CHECK(min_rotation32(0) == 0);
  CHECK(min_rotation32(0x80000000u) == 1);
  CHECK(min_rotation32(0xF000000Fu) == 0xFF);
  CHECK(min_rotation32(UINT32_MAX) == UINT32_MAX);
  for (int it = 0; it < 300; it++) {
    uint32_t x = (uint32_t)next_u64();
    uint32_t m = min_rotation32(x);
    unsigned r = (unsigned)(next_u64() % 32);
    CHECK(min_rotation32(rotl32(x, r)) == m);
    CHECK(m <= x);
  }
  return 0;
}
