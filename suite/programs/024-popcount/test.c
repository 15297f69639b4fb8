#include <stdint.h>
#include <stdlib.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0xC0FFEE1234ABCDEFull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static unsigned ref_pop(uint64_t x) {
  unsigned c = 0;
  for (int i = 0; i < 64; i++) c += (unsigned)((x >> i) & 1u);
  return c;
}

static unsigned ref_select(uint64_t x, unsigned k) {
  for (unsigned i = 0; i < 64; i++) {
    if ((x >> i) & 1u) {
      if (k == 0) return i;
      k--;
    }
  }
  return 64;
}

int main(void) {
  CHECK(popcount32_swar(0) == 0);
  CHECK(popcount32_swar(UINT32_MAX) == 32);
  CHECK(popcount32_swar(0x80000000u) == 1);
  CHECK(popcount32_swar(0xAAAAAAAAu) == 16);
  CHECK(popcount64_swar(0) == 0);
  CHECK(popcount64_swar(UINT64_MAX) == 64);
  CHECK(popcount64_swar(0x8000000000000001ull) == 2);
  CHECK(popcount64_kernighan(UINT64_MAX) == 64);
  CHECK(popcount64_table(UINT64_MAX) == 64);
  CHECK(popcount64_table(0x0123456789ABCDEFull) == 32);

  for (int i = 0; i < 64; i++) {
    uint64_t one = 1ull << i, below = one - 1;
    CHECK(popcount64_swar(one) == 1 && popcount64_kernighan(one) == 1 && popcount64_table(one) == 1);
    CHECK(popcount64_swar(below) == (unsigned)i);
    CHECK(popcount64_swar(~below) == (unsigned)(64 - i));
    if (i < 32) CHECK(popcount32_swar((uint32_t)below) == (unsigned)i);
  }
  for (int it = 0; it < 20000; it++) {
    uint64_t x = next_u64();
    if (it % 3 == 0) x &= next_u64(); /* sparser */
    if (it % 5 == 0) x |= next_u64(); /* denser */
    unsigned r = ref_pop(x);
    CHECK(popcount64_swar(x) == r);
    CHECK(popcount64_kernighan(x) == r);
    CHECK(popcount64_table(x) == r);
    CHECK(popcount32_swar((uint32_t)x) + popcount32_swar((uint32_t)(x >> 32)) == r);
    unsigned k = (unsigned)(next_u64() % 66);
    CHECK(select_bit64(x, k) == ref_select(x, k));
  }
  CHECK(select_bit64(0, 0) == 64);
  CHECK(select_bit64(1, 0) == 0);
  CHECK(select_bit64(1ull << 63, 0) == 63);
  CHECK(select_bit64(UINT64_MAX, 63) == 63);
  CHECK(select_bit64(UINT64_MAX, 64) == 64);
  CHECK(select_bit64(0xF0F0ull, 4) == 12);

  enum { N = 1003 };
  unsigned char *buf = malloc(N);
  CHECK(buf != NULL);
  uint64_t expect = 0;
  for (size_t i = 0; i < N; i++) {
    buf[i] = (unsigned char)(next_u64() & 0xFF);
    expect += ref_pop(buf[i]);
  }
  CHECK(popcount_buffer(buf, N) == expect);
  CHECK(popcount_buffer(buf, 0) == 0);
  for (size_t len = 1; len < 20; len++) {
    uint64_t e = 0;
    for (size_t i = 0; i < len; i++) e += ref_pop(buf[i + 3]);
    CHECK(popcount_buffer(buf + 3, len) == e); /* unaligned start */
  }
  free(buf);

  uint64_t a[50], b[50];
  uint64_t d = 0;
  for (int i = 0; i < 50; i++) {
    a[i] = next_u64();
    b[i] = next_u64();
    d += ref_pop(a[i] ^ b[i]);
  }
  CHECK(hamming_distance_words(a, b, 50) == d);
  CHECK(hamming_distance_words(a, a, 50) == 0);
  CHECK(hamming_distance_words(a, b, 0) == 0);
  return 0;
}
