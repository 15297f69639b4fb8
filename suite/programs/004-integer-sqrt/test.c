#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;
static uint64_t xorshift64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

/* Reference: is r the floor of the k-th root of n?  Checked with overflow-safe powers. */
static int pow_cmp(uint64_t x, unsigned k, uint64_t n) { /* -1,0,1 comparing x^k with n */
  uint64_t acc = 1;
  for (unsigned i = 0; i < k; i++) {
    if (x != 0 && acc > UINT64_MAX / x) return 1;
    acc *= x;
  }
  return acc < n ? -1 : acc > n;
}
static int is_floor_root(uint64_t r, uint64_t n, unsigned k) {
  return pow_cmp(r, k, n) <= 0 && pow_cmp(r + 1, k, n) > 0;
}

int main(void) {
  CHECK(isqrt_u64(0) == 0);
  CHECK(isqrt_u64(1) == 1);
  CHECK(isqrt_u64(2) == 1);
  CHECK(isqrt_u64(3) == 1);
  CHECK(isqrt_u64(4) == 2);
  CHECK(isqrt_u64(99) == 9);
  CHECK(isqrt_u64(100) == 10);
  CHECK(isqrt_u64(UINT64_MAX) == 4294967295ull);
  CHECK(isqrt_u64(18446744065119617025ull) == 4294967295ull); /* (2^32-1)^2 */
  CHECK(isqrt_u64(18446744065119617024ull) == 4294967294ull);
  CHECK(icbrt_u64(0) == 0);
  CHECK(icbrt_u64(7) == 1);
  CHECK(icbrt_u64(8) == 2);
  CHECK(icbrt_u64(26) == 2);
  CHECK(icbrt_u64(27) == 3);
  CHECK(icbrt_u64(UINT64_MAX) == 2642245ull);
  CHECK(icbrt_u64(18446724184312856125ull) == 2642245ull); /* 2642245^3 */
  CHECK(icbrt_u64(18446724184312856124ull) == 2642244ull);
  CHECK(iroot_u64(1ull << 60, 4) == 1ull << 15);
  CHECK(iroot_u64(UINT64_MAX, 64) == 1);
  CHECK(iroot_u64(UINT64_MAX, 63) == 2);
  CHECK(iroot_u64(UINT64_MAX, 5) == 7131);
  CHECK(iroot_u64(12345, 1) == 12345);
  CHECK(iroot_u64(0, 7) == 0);

  for (uint64_t n = 0; n < 5000; n++) {
    CHECK(is_floor_root(isqrt_u64(n), n, 2));
    CHECK(is_floor_root(icbrt_u64(n), n, 3));
    uint64_t r = 0;
    while ((r + 1) * (r + 1) <= n) r++;
    CHECK(is_perfect_square(n) == (r * r == n));
  }
  for (uint64_t r = 1; r < 100000; r += 7) {
    CHECK(isqrt_u64(r * r) == r);
    CHECK(isqrt_u64(r * r - 1) == r - 1);
    CHECK(isqrt_u64(r * r + 2 * r) == r);
    CHECK(is_perfect_square(r * r));
    CHECK(!is_perfect_square(r * r + 1) || r == 0);
  }
  for (int i = 0; i < 3000; i++) {
    uint64_t n = xorshift64() >> (xorshift64() % 64);
    CHECK(is_floor_root(isqrt_u64(n), n, 2));
    CHECK(is_floor_root(icbrt_u64(n), n, 3));
    unsigned k = (unsigned)(xorshift64() % 12) + 1;
    CHECK(is_floor_root(iroot_u64(n, k), n, k));
  }
  uint64_t big = 4294967295ull;
  CHECK(is_perfect_square(big * big));
  CHECK(!is_perfect_square(big * big + 1));
  CHECK(!is_perfect_square(UINT64_MAX));
  return 0;
}
