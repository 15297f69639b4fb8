#include "solution.h"

bool is_pow2_u64(uint64_t x) { return x != 0 && (x & (x - 1)) == 0; }

uint32_t next_pow2_u32(uint32_t x) {
  if (x <= 1) return 1;
  x--;
  x |= x >> 1;
  x |= x >> 2;
  x |= x >> 4;
  x |= x >> 8;
  x |= x >> 16;
  return x + 1; /* wraps to 0 when x > 2^31 (unsigned, well defined) */
}

static uint64_t smear_right(uint64_t x) {
  x |= x >> 1;
  x |= x >> 2;
  x |= x >> 4;
  x |= x >> 8;
  x |= x >> 16;
  x |= x >> 32;
  return x;
}

uint64_t next_pow2_u64(uint64_t x) {
  if (x <= 1) return 1;
  return smear_right(x - 1) + 1;
}

uint64_t prev_pow2_u64(uint64_t x) {
  uint64_t s = smear_right(x);
  return s - (s >> 1);
}

int floor_log2_u64(uint64_t x) {
  if (x == 0) return -1;
  int r = 0;
  for (int shift = 32; shift > 0; shift /= 2) {
    if (x >> shift) {
      x >>= shift;
      r += shift;
    }
  }
  return r;
}

int ceil_log2_u64(uint64_t x) {
  if (x == 0) return -1;
  return x == 1 ? 0 : floor_log2_u64(x - 1) + 1;
}

bool align_up_u64(uint64_t x, uint64_t align, uint64_t *out) {
  uint64_t mask = align - 1;
  if (x > UINT64_MAX - mask) return false;
  *out = (x + mask) & ~mask;
  return true;
}
