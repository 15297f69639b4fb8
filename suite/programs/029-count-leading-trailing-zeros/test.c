#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x9999AAAA5555CCCCull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static unsigned ref_ctz(uint64_t x, unsigned width) {
  unsigned n = 0;
  while (n < width && ((x >> n) & 1u) == 0) n++;
  return n;
}
static unsigned ref_clz(uint64_t x, unsigned width) {
  unsigned n = 0;
  while (n < width && ((x >> (width - 1 - n)) & 1u) == 0) n++;
  return n;
}
static unsigned ref_run(uint64_t x) {
  unsigned best = 0, cur = 0;
  for (int i = 0; i < 64; i++) {
    if ((x >> i) & 1u) {
      cur++;
      if (cur > best) best = cur;
    } else {
      cur = 0;
    }
  }
  return best;
}

static void check_all(uint64_t x) {
  uint32_t lo = (uint32_t)x;
  CHECK(ctz32(lo) == ref_ctz(lo, 32));
  CHECK(clz32(lo) == ref_clz(lo, 32));
  CHECK(ctz64(x) == ref_ctz(x, 64));
  CHECK(clz64(x) == ref_clz(x, 64));
  CHECK(cto64(x) == ref_ctz(~x, 64));
  CHECK(longest_ones_run(x) == ref_run(x));
}

int main(void) {
  CHECK(ctz32(0) == 32 && clz32(0) == 32);
  CHECK(ctz64(0) == 64 && clz64(0) == 64);
  CHECK(ctz32(1) == 0 && clz32(1) == 31);
  CHECK(ctz32(0x80000000u) == 31 && clz32(0x80000000u) == 0);
  CHECK(ctz64(1ull << 63) == 63 && clz64(1ull << 63) == 0);
  CHECK(ctz64(0x10) == 4 && clz64(0x10) == 59);
  CHECK(cto64(UINT64_MAX) == 64 && cto64(0) == 0 && cto64(0x17) == 3);
  CHECK(longest_ones_run(0) == 0 && longest_ones_run(UINT64_MAX) == 64);
  CHECK(longest_ones_run(0xF0F0FF0Full) == 8);
  CHECK(longest_ones_run(0x5555555555555555ull) == 1);

  for (int i = 0; i < 64; i++) {
    uint64_t p = 1ull << i;
    CHECK(ctz64(p) == (unsigned)i && clz64(p) == (unsigned)(63 - i));
    check_all(p);
    check_all(p - 1);
    check_all(~(p - 1));
    check_all(p | 1u);
    check_all(p | (1ull << 63));
  }
  for (int it = 0; it < 6000; it++) {
    uint64_t x = next_u64();
    int shift = (int)(next_u64() % 64);
    check_all(x);
    check_all(x << shift);
    check_all(x >> shift);
    check_all(x & next_u64() & next_u64());
    check_all(x | next_u64() | next_u64());
  }
  return 0;
}
