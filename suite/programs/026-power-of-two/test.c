#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x7777777712345ull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

/* references by linear scans */
static int ref_floor_log2(uint64_t x) {
  int r = -1;
  while (x) {
    x >>= 1;
    r++;
  }
  return r;
}
static uint64_t ref_next_pow2(uint64_t x) { /* 0 if none fits */
  uint64_t p = 1;
  while (p < x) {
    if (p == 1ull << 63) return 0;
    p <<= 1;
  }
  return p;
}

static void check_value(uint64_t x) {
  int fl = ref_floor_log2(x);
  CHECK(floor_log2_u64(x) == fl);
  uint64_t np = ref_next_pow2(x);
  CHECK(next_pow2_u64(x) == np);
  if (x <= UINT32_MAX) CHECK(next_pow2_u32((uint32_t)x) == (np > UINT32_MAX ? 0 : np));
  CHECK(prev_pow2_u64(x) == (x == 0 ? 0 : 1ull << fl));
  int cl = x == 0 ? -1 : (is_pow2_u64(x) ? fl : fl + 1);
  CHECK(ceil_log2_u64(x) == cl);
  CHECK(is_pow2_u64(x) == (x != 0 && (1ull << fl) == x));
}

int main(void) {
  CHECK(!is_pow2_u64(0));
  CHECK(is_pow2_u64(1));
  CHECK(is_pow2_u64(1ull << 63));
  CHECK(!is_pow2_u64(UINT64_MAX));
  CHECK(next_pow2_u32(0) == 1);
  CHECK(next_pow2_u32(1) == 1);
  CHECK(next_pow2_u32(3) == 4);
  CHECK(next_pow2_u32(0x80000000u) == 0x80000000u);
  CHECK(next_pow2_u32(0x80000001u) == 0);
  CHECK(next_pow2_u32(UINT32_MAX) == 0);
  CHECK(next_pow2_u64(0x8000000000000001ull) == 0);
  CHECK(next_pow2_u64(UINT64_MAX) == 0);
  CHECK(next_pow2_u64(1000) == 1024);
  CHECK(prev_pow2_u64(0) == 0);
  CHECK(prev_pow2_u64(UINT64_MAX) == 1ull << 63);
  CHECK(prev_pow2_u64(1000) == 512);
  CHECK(floor_log2_u64(0) == -1 && ceil_log2_u64(0) == -1);
  CHECK(floor_log2_u64(1) == 0 && ceil_log2_u64(1) == 0);
  CHECK(floor_log2_u64(UINT64_MAX) == 63 && ceil_log2_u64(UINT64_MAX) == 64);
  CHECK(ceil_log2_u64(1025) == 11);

  for (uint64_t x = 0; x < 5000; x++) check_value(x);
  for (int i = 0; i < 64; i++) {
    uint64_t p = 1ull << i;
    check_value(p);
    check_value(p - 1);
    check_value(p + 1);
    check_value(p | (p >> 1));
  }
  for (int it = 0; it < 5000; it++) check_value(next_u64() >> (next_u64() % 64));

  uint64_t out = 0;
  CHECK(align_up_u64(0, 8, &out) && out == 0);
  CHECK(align_up_u64(1, 8, &out) && out == 8);
  CHECK(align_up_u64(8, 8, &out) && out == 8);
  CHECK(align_up_u64(13, 1, &out) && out == 13);
  CHECK(align_up_u64(UINT64_MAX - 7, 8, &out) && out == UINT64_MAX - 7);
  out = 5;
  CHECK(!align_up_u64(UINT64_MAX - 6, 8, &out) && out == 5);
  CHECK(align_up_u64(1, 1ull << 63, &out) && out == 1ull << 63);
  CHECK(!align_up_u64((1ull << 63) + 1, 1ull << 63, &out));
  for (int it = 0; it < 3000; it++) {
    uint64_t x = next_u64() >> 8, a = 1ull << (next_u64() % 40);
    CHECK(align_up_u64(x, a, &out));
    CHECK(out % a == 0 && out >= x && out - x < a);
  }
  return 0;
}
