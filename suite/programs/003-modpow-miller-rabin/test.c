#include "check.h"
#include "solution.h"

static uint64_t rng_state = 88172645463325252ull;
static uint64_t xorshift64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static int trial_prime(uint64_t n) {
  if (n < 2) return 0;
  for (uint64_t d = 2; d * d <= n; d++)
    if (n % d == 0) return 0;
  return 1;
}

/* Reference powmod for small values: repeated multiplication. */
static uint64_t slow_pow(uint64_t b, uint64_t e, uint64_t m) {
  uint64_t r = 1 % m;
  for (uint64_t i = 0; i < e; i++) r = r * (b % m) % m;
  return r;
}

int main(void) {
  CHECK(mulmod_u64(0, 5, 7) == 0);
  CHECK(mulmod_u64(123, 456, 1) == 0);
  CHECK(mulmod_u64(UINT64_MAX, UINT64_MAX, UINT64_MAX) == 0);
  /* (2^64-2)^2 mod (2^64-1) = (-1)^2 = 1 */
  CHECK(mulmod_u64(UINT64_MAX - 1, UINT64_MAX - 1, UINT64_MAX) == 1);
  /* 2^63 * 2 mod (2^64 - 59) = 2^64 mod p = 59 */
  CHECK(mulmod_u64(1ull << 63, 2, 18446744073709551557ull) == 59);
  for (int i = 0; i < 2000; i++) {
    uint64_t a = xorshift64() & 0xFFFFFFFFu, b = xorshift64() & 0xFFFFFFFFu;
    uint64_t m = (xorshift64() & 0xFFFFFFFFu) + 1;
    CHECK(mulmod_u64(a, b, m) == (a * b) % m);
    /* high modulus: check distributivity a*(b+c) == a*b + a*c (mod m) */
    uint64_t M = xorshift64() | (1ull << 63);
    uint64_t x = xorshift64() % M, y = xorshift64() % (M / 2), z = xorshift64() % (M / 2);
    uint64_t lhs = mulmod_u64(x, y + z, M);
    uint64_t r1 = mulmod_u64(x, y, M), r2 = mulmod_u64(x, z, M);
    uint64_t rhs = r1 >= M - r2 ? r1 - (M - r2) : r1 + r2;
    CHECK(lhs == rhs);
  }

  CHECK(powmod_u64(0, 0, 7) == 1);
  CHECK(powmod_u64(0, 0, 1) == 0);
  CHECK(powmod_u64(2, 10, 1000) == 24);
  CHECK(powmod_u64(2, 64, UINT64_MAX) == 1);
  CHECK(powmod_u64(3, 200, 1000000007ull) == slow_pow(3, 200, 1000000007ull));
  CHECK(powmod_u64(5, 117, 19) == 1); /* 5^117 mod 19: 5 has order 9 mod 19 */
  for (uint64_t b = 0; b < 20; b++)
    for (uint64_t e = 0; e < 40; e++)
      for (uint64_t m = 1; m < 30; m += 3) CHECK(powmod_u64(b, e, m) == slow_pow(b, e, m));
  /* Fermat's little theorem with the largest 64-bit prime */
  const uint64_t P = 18446744073709551557ull;
  for (int i = 0; i < 20; i++) {
    uint64_t a = xorshift64() % (P - 1) + 1;
    CHECK(powmod_u64(a, P - 1, P) == 1);
  }

  for (uint64_t n = 0; n < 20000; n++) CHECK(is_prime_u64(n) == (trial_prime(n) != 0));
  for (uint64_t n = 4294967000ull; n < 4294968000ull; n++) CHECK(is_prime_u64(n) == (trial_prime(n) != 0));
  CHECK(is_prime_u64(P));
  CHECK(!is_prime_u64(UINT64_MAX));
  CHECK(is_prime_u64(2305843009213693951ull)); /* 2^61 - 1 */
  CHECK(!is_prime_u64(561) && !is_prime_u64(1105) && !is_prime_u64(41041));
  CHECK(!is_prime_u64(3215031751ull));         /* strong pseudoprime to bases 2,3,5,7 */
  CHECK(!is_prime_u64(3825123056546413051ull)); /* strong pseudoprime to bases up to 23 */
  CHECK(!is_prime_u64(4294967291ull * 4294967279ull));
  CHECK(is_prime_u64(1000000000000000003ull));
  CHECK(!is_prime_u64(1000000000000000001ull));
  return 0;
}
