#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t xorshift64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

/* Reference: Euclid with remainders. */
static uint64_t ref_gcd(uint64_t a, uint64_t b) {
  while (b != 0) {
    uint64_t r = a % b;
    a = b;
    b = r;
  }
  return a;
}

int main(void) {
  CHECK(gcd_u64(0, 0) == 0);
  CHECK(gcd_u64(0, 17) == 17);
  CHECK(gcd_u64(17, 0) == 17);
  CHECK(gcd_u64(12, 18) == 6);
  CHECK(gcd_u64(17, 13) == 1);
  CHECK(gcd_u64(1u << 20, 3u << 10) == 1u << 10);
  CHECK(gcd_u64(UINT64_MAX, UINT64_MAX) == UINT64_MAX);
  CHECK(gcd_u64(UINT64_MAX, 3) == 3);
  CHECK(gcd_u64(UINT64_MAX, 2) == 1);
  CHECK(gcd_u64(1ull << 63, 1ull << 62) == 1ull << 62);
  CHECK(gcd_u64(1836311903ull, 2971215073ull) == 1); /* consecutive Fibonacci numbers */

  CHECK(gcd_i64(-12, 18) == 6);
  CHECK(gcd_i64(-12, -18) == 6);
  CHECK(gcd_i64(0, -5) == 5);
  CHECK(gcd_i64(INT64_MIN, 0) == 1ull << 63);
  CHECK(gcd_i64(INT64_MIN, INT64_MIN) == 1ull << 63);
  CHECK(gcd_i64(INT64_MIN, 6) == 2);
  CHECK(gcd_i64(INT64_MAX, INT64_MIN) == 1);

  uint64_t l = 12345;
  CHECK(lcm_u64(4, 6, &l) && l == 12);
  CHECK(lcm_u64(0, 6, &l) && l == 0);
  CHECK(lcm_u64(7, 0, &l) && l == 0);
  CHECK(lcm_u64(1ull << 32, 1ull << 31, &l) && l == 1ull << 32);
  l = 99;
  CHECK(!lcm_u64(1ull << 32, (1ull << 32) + 1, &l) && l == 99);
  CHECK(lcm_u64(4294967296ull, 4294967295ull, &l) && l == 18446744069414584320ull);
  CHECK(lcm_u64(UINT64_MAX, 5, &l) && l == UINT64_MAX);

  for (int i = 0; i < 5000; i++) {
    uint64_t a = xorshift64() >> (xorshift64() % 64);
    uint64_t b = xorshift64() >> (xorshift64() % 64);
    uint64_t g = ref_gcd(a, b);
    CHECK(gcd_u64(a, b) == g);
    CHECK(gcd_u64(b, a) == g);
    /* common factor scaled in */
    uint64_t k = xorshift64() % 1000 + 1;
    uint64_t a2 = a % 1000000007ull, b2 = b % 1000000007ull;
    CHECK(gcd_u64(a2 * k, b2 * k) == ref_gcd(a2, b2) * k);
    /* lcm on values small enough to never overflow */
    uint64_t x = (a & 0xFFFFFFFFu) + 1, y = (b & 0xFFFFFFFFu) + 1;
    CHECK(lcm_u64(x, y, &l));
    CHECK(l == x / ref_gcd(x, y) * y);
    CHECK(l % x == 0 && l % y == 0);
  }

  uint64_t arr[] = {84, 126, 210, 462};
  CHECK(gcd_array(arr, 4) == 42);
  CHECK(gcd_array(arr, 0) == 0);
  CHECK(gcd_array(arr + 2, 1) == 210);
  uint64_t one_to_20[20];
  for (int i = 0; i < 20; i++) one_to_20[i] = (uint64_t)(i + 1);
  CHECK(lcm_array(one_to_20, 20, &l) && l == 232792560ull);
  CHECK(lcm_array(one_to_20, 0, &l) && l == 1);
  uint64_t primes[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};
  CHECK(lcm_array(primes, 15, &l) && l == 614889782588491410ull);
  l = 7;
  CHECK(!lcm_array(primes, 16, &l) && l == 7);
  return 0;
}
