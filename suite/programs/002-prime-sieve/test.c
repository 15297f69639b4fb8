#include <string.h>
#include "check.h"
#include "solution.h"

static int naive_prime(unsigned n) {
  if (n < 2) return 0;
  for (unsigned d = 2; d < n; d++)
    if (n % d == 0) return 0;
  return 1;
}

int main(void) {
  static uint32_t buf[2000];
  CHECK(sieve_primes(0, buf, 2000) == 0);
  CHECK(sieve_primes(1, buf, 2000) == 0);
  CHECK(sieve_primes(2, buf, 2000) == 1 && buf[0] == 2);
  CHECK(sieve_primes(3, buf, 2000) == 2 && buf[1] == 3);
  CHECK(sieve_primes(10, buf, 2000) == 4);
  CHECK(buf[0] == 2 && buf[1] == 3 && buf[2] == 5 && buf[3] == 7);
  CHECK(sieve_primes(100, buf, 2000) == 25 && buf[24] == 97);
  CHECK(sieve_primes(1000, buf, 2000) == 168 && buf[167] == 997);
  CHECK(sieve_primes(10000, buf, 2000) == 1229 && buf[1228] == 9973);
  CHECK(sieve_primes(100000, buf, 2000) == 9592);
  CHECK(buf[1999] == 17389); /* the 2000th prime */
  /* cap smaller than the count: must not write past cap */
  uint32_t small[5];
  memset(small, 0, sizeof small);
  CHECK(sieve_primes(30, small, 3) == 10);
  CHECK(small[0] == 2 && small[1] == 3 && small[2] == 5 && small[3] == 0);
  CHECK(sieve_primes(30, NULL, 0) == 10);

  /* sieve agrees with naive test, list matches */
  size_t n = sieve_primes(3000, buf, 2000);
  size_t k = 0;
  for (unsigned v = 0; v <= 3000; v++) {
    int p = naive_prime(v);
    CHECK(is_prime_u32(v) == (p != 0));
    if (p) {
      CHECK(k < n && buf[k] == v);
      k++;
    }
  }
  CHECK(k == n);

  CHECK(is_prime_u32(2147483647u));
  CHECK(is_prime_u32(4294967291u)); /* largest 32-bit prime */
  CHECK(!is_prime_u32(4294967295u));
  CHECK(!is_prime_u32(4292870399u)); /* 65521 * 65519 */
  CHECK(!is_prime_u32(25u) && !is_prime_u32(49u) && !is_prime_u32(121u));
  CHECK(is_prime_u32(65521u) && !is_prime_u32(65521u * 3u));

  CHECK(next_prime_u32(0) == 2);
  CHECK(next_prime_u32(2) == 2);
  CHECK(next_prime_u32(14) == 17);
  CHECK(next_prime_u32(1000000) == 1000003);
  CHECK(next_prime_u32(4294967280u) == 4294967291u);
  CHECK(next_prime_u32(4294967292u) == 0);
  CHECK(next_prime_u32(UINT32_MAX) == 0);
  return 0;
}
