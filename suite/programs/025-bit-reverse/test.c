#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x0BADC0DE0BADC0DEull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static uint64_t ref_reverse(uint64_t x, unsigned width) {
  uint64_t r = 0;
  for (unsigned i = 0; i < width; i++) r = (r << 1) | ((x >> i) & 1u);
  return r;
}

static uint64_t ref_bswap(uint64_t x, unsigned bytes) {
  uint64_t r = 0;
  for (unsigned i = 0; i < bytes; i++) r = (r << 8) | ((x >> (8 * i)) & 0xFFu);
  return r;
}

int main(void) {
  CHECK(reverse_bits8(0) == 0);
  CHECK(reverse_bits8(1) == 0x80);
  CHECK(reverse_bits8(0xF0) == 0x0F);
  CHECK(reverse_bits8(0xA5) == 0xA5);
  CHECK(reverse_bits8(0x12) == 0x48);
  for (unsigned v = 0; v < 256; v++) {
    CHECK(reverse_bits8((uint8_t)v) == ref_reverse(v, 8));
    CHECK(reverse_bits8(reverse_bits8((uint8_t)v)) == v);
  }
  CHECK(reverse_bits32(1) == 0x80000000u);
  CHECK(reverse_bits32(0x80000000u) == 1);
  CHECK(reverse_bits32(0x0000FFFFu) == 0xFFFF0000u);
  CHECK(reverse_bits32(0x12345678u) == 0x1E6A2C48u);
  CHECK(reverse_bits64(1) == 0x8000000000000000ull);
  CHECK(reverse_bits64(0x00000000FFFFFFFFull) == 0xFFFFFFFF00000000ull);
  CHECK(reverse_bits64(UINT64_MAX) == UINT64_MAX);
  CHECK(byte_swap32(0x11223344u) == 0x44332211u);
  CHECK(byte_swap64(0x0102030405060708ull) == 0x0807060504030201ull);
  CHECK(reverse_low_bits(1, 1) == 1);
  CHECK(reverse_low_bits(0xFF, 1) == 1);
  CHECK(reverse_low_bits(0x6, 3) == 0x3);
  CHECK(reverse_low_bits(1, 64) == 1ull << 63);
  CHECK(reverse_low_bits(0xFFF0, 4) == 0);

  for (int it = 0; it < 10000; it++) {
    uint64_t x = next_u64();
    CHECK(reverse_bits64(x) == ref_reverse(x, 64));
    CHECK(reverse_bits32((uint32_t)x) == ref_reverse(x, 32));
    CHECK(reverse_bits64(reverse_bits64(x)) == x);
    CHECK(byte_swap64(x) == ref_bswap(x, 8));
    CHECK(byte_swap32((uint32_t)x) == ref_bswap(x, 4));
    CHECK(byte_swap64(byte_swap64(x)) == x);
    unsigned w = (unsigned)(next_u64() % 64) + 1;
    CHECK(reverse_low_bits(x, w) == ref_reverse(x, w));
    /* reversing bits of a byte-swapped word equals byte-swapping the bit-reversed word */
    CHECK(reverse_bits64(byte_swap64(x)) == byte_swap64(reverse_bits64(x)));
  }

  int a[1024];
  for (unsigned lg = 0; lg <= 10; lg++) {
    unsigned n = 1u << lg;
    for (unsigned i = 0; i < n; i++) a[i] = (int)i;
    bit_reverse_permute(a, lg);
    for (unsigned i = 0; i < n; i++) CHECK(a[i] == (int)ref_reverse(i, lg));
    bit_reverse_permute(a, lg); /* an involution */
    for (unsigned i = 0; i < n; i++) CHECK(a[i] == (int)i);
  }
  int eight[8] = {0, 1, 2, 3, 4, 5, 6, 7};
  bit_reverse_permute(eight, 3);
  const int expect[8] = {0, 4, 2, 6, 1, 5, 3, 7};
  for (int i = 0; i < 8; i++) CHECK(eight[i] == expect[i]);
  return 0;
}
