#include "check.h"
#include "solution.h"

static int is_prime_naive(uint64_t n) {
  if (n < 2) return 0;
  for (uint64_t d = 2; d * d <= n; d++)
    if (n % d == 0) return 0;
  return 1;
}

static uint64_t rebuild(const factorization *f) {
  uint64_t v = 1;
  for (unsigned i = 0; i < f->count; i++)
    for (unsigned e = 0; e < f->exponent[i]; e++) v *= f->prime[i];
  return v;
}

static void check_valid(uint64_t n, const factorization *f) {
  CHECK(rebuild(f) == n);
  for (unsigned i = 0; i < f->count; i++) {
    CHECK(f->exponent[i] >= 1);
    if (f->prime[i] < 10000000) CHECK(is_prime_naive(f->prime[i]));
    if (i) CHECK(f->prime[i - 1] < f->prime[i]);
  }
}

int main(void) {
  factorization f;
  factorize(0, &f);
  CHECK(f.count == 0);
  factorize(1, &f);
  CHECK(f.count == 0 && divisor_count(&f) == 1 && radical(&f) == 1);
  factorize(2, &f);
  CHECK(f.count == 1 && f.prime[0] == 2 && f.exponent[0] == 1);
  factorize(360, &f);
  CHECK(f.count == 3 && f.prime[0] == 2 && f.exponent[0] == 3 && f.prime[1] == 3 && f.exponent[1] == 2 &&
        f.prime[2] == 5 && f.exponent[2] == 1);
  CHECK(divisor_count(&f) == 24 && radical(&f) == 30);
  factorize(600851475143ull, &f);
  CHECK(f.count == 4 && f.prime[0] == 71 && f.prime[1] == 839 && f.prime[2] == 1471 && f.prime[3] == 6857);
  factorize(UINT64_MAX, &f);
  static const uint64_t fm[] = {3, 5, 17, 257, 641, 65537, 6700417};
  CHECK(f.count == 7);
  for (unsigned i = 0; i < 7; i++) CHECK(f.prime[i] == fm[i] && f.exponent[i] == 1);
  CHECK(divisor_count(&f) == 128);
  factorize(1ull << 63, &f);
  CHECK(f.count == 1 && f.prime[0] == 2 && f.exponent[0] == 63 && divisor_count(&f) == 64);
  /* product of the first 15 primes: the maximum number of distinct factors */
  factorize(614889782588491410ull, &f);
  CHECK(f.count == 15 && f.prime[14] == 47 && radical(&f) == 614889782588491410ull);
  CHECK(divisor_count(&f) == 32768);
  factorize(4292870399ull, &f); /* 65519 * 65521 */
  CHECK(f.count == 2 && f.prime[0] == 65519 && f.prime[1] == 65521);
  factorize(3ull * 65521ull * 65521ull, &f);
  CHECK(f.count == 2 && f.prime[0] == 3 && f.prime[1] == 65521 && f.exponent[1] == 2);
  factorize(1000003ull * 999983ull * 7ull, &f);
  CHECK(f.count == 3 && f.prime[0] == 7 && f.prime[1] == 999983ull && f.prime[2] == 1000003ull);
  factorize(963761198400ull, &f); /* highly composite: 6720 divisors */
  CHECK(divisor_count(&f) == 6720);
  check_valid(963761198400ull, &f);

  for (uint64_t n = 2; n < 20000; n++) {
    factorize(n, &f);
    check_valid(n, &f);
    uint64_t d = 0;
    if (n < 3000) {
      for (uint64_t k = 1; k <= n; k++) d += n % k == 0;
      CHECK(divisor_count(&f) == d);
    }
    CHECK(largest_prime_factor(n) == f.prime[f.count - 1]);
  }
  CHECK(largest_prime_factor(0) == 0 && largest_prime_factor(1) == 0);
  CHECK(largest_prime_factor(13195) == 29);
  CHECK(largest_prime_factor(9007199254740993ull) == 28059810762433ull); /* 2^53+1 = 3*107*28059810762433 */
  return 0;
}
