#include "solution.h"

uint64_t isqrt_u64(uint64_t n) {
  if (n < 2) return n;
  /* initial guess: a power of two >= sqrt(n) */
  unsigned bits = 0;
  for (uint64_t t = n; t != 0; t >>= 1) bits++;
  uint64_t x = 1ull << ((bits + 1) / 2);
  for (;;) {
    uint64_t y = (x + n / x) / 2;
    if (y >= x) return x;
    x = y;
  }
}

uint64_t icbrt_u64(uint64_t n) {
  uint64_t y = 0;
  for (int s = 63; s >= 0; s -= 3) {
    y <<= 1;
    uint64_t b = 3 * y * (y + 1) + 1; /* (y+1)^3 - y^3 at this scale */
    if ((n >> s) >= b) {
      n -= b << s;
      y++;
    }
  }
  return y;
}

/* returns true iff x^k <= n, without overflow */
static bool pow_le(uint64_t x, unsigned k, uint64_t n) {
  uint64_t acc = 1;
  for (unsigned i = 0; i < k; i++) {
    if (x != 0 && acc > n / x) return false;
    acc *= x;
  }
  return acc <= n;
}

uint64_t iroot_u64(uint64_t n, unsigned k) {
  if (k == 1 || n < 2) return n;
  if (k == 2) return isqrt_u64(n);
  if (k == 3) return icbrt_u64(n);
  if (k >= 64) return 1;
  uint64_t lo = 1, hi = 1ull << (64 / k + 1);
  /* invariant: lo^k <= n < hi^k */
  while (hi - lo > 1) {
    uint64_t mid = lo + (hi - lo) / 2;
    if (pow_le(mid, k, n))
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

bool is_perfect_square(uint64_t n) {
  /* quick rejection by quadratic residues mod 16 */
  switch (n & 15u) {
    case 0: case 1: case 4: case 9: break;
    default: return false;
  }
  uint64_t r = isqrt_u64(n);
  return r * r == n;
}
