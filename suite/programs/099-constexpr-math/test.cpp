#include "check.h"
#include "solution.hpp"
#include <cstdint>

int main() {
  CHECK(factorial(0) == 1);
  CHECK(factorial(1) == 1);
  CHECK(factorial(5) == 120);
  CHECK(factorial(20) == 2432902008176640000ULL);
  CHECK(factorial(21) == 0);
  CHECK(fibonacci(0) == 0);
  CHECK(fibonacci(1) == 1);
  CHECK(fibonacci(10) == 55);
  CHECK(fibonacci(93) == 12200160415121876738ULL);
  CHECK(fibonacci(94) == 0);
  for (unsigned n = 2; n <= 93; ++n) CHECK(fibonacci(n) == fibonacci(n - 1) + fibonacci(n - 2));

  CHECK(!isPrime(0) && !isPrime(1) && isPrime(2) && isPrime(3) && !isPrime(4));
  CHECK(isPrime(7919));
  CHECK(!isPrime(7917));
  CHECK(isPrime(2147483647ULL));
  CHECK(!isPrime(4294967297ULL));  // 641 * 6700417
  CHECK(isPrime(1000000007ULL));

  CHECK(gcd(0, 0) == 0);
  CHECK(gcd(0, 9) == 9);
  CHECK(gcd(48, 18) == 6);
  CHECK(gcd(12200160415121876738ULL, 7540113804746346429ULL) == 1);  // consecutive Fibonacci

  CHECK(binomial(0, 0) == 1);
  CHECK(binomial(5, 2) == 10);
  CHECK(binomial(5, 6) == 0);
  CHECK(binomial(52, 5) == 2598960);
  CHECK(binomial(62, 31) == 465428353255261088ULL);
  CHECK(binomial(60, 30) == 118264581564861424ULL);
  for (unsigned n = 1; n <= 40; ++n)
    for (unsigned k = 1; k < n; ++k) CHECK(binomial(n, k) == binomial(n - 1, k - 1) + binomial(n - 1, k));

  CHECK(powMod(2, 10, 1000) == 24);
  CHECK(powMod(3, 0, 7) == 1);
  CHECK(powMod(3, 0, 1) == 0);
  CHECK(powMod(0, 0, 5) == 1);
  CHECK(powMod(2, 4294967290ULL, 4294967291ULL) == 1);  // Fermat, 4294967291 is prime
  CHECK(powMod(10, 18, 1000000007ULL) == 49);

  CHECK(primeCountBelow(0) == 0);
  CHECK(primeCountBelow(2) == 0);
  CHECK(primeCountBelow(3) == 1);
  CHECK(primeCountBelow(100) == 25);
  CHECK(primeCountBelow(1000) == 168);
  CHECK(primeCountBelow(1001) == 0);
  CHECK(nthPrime(0) == 2);
  CHECK(nthPrime(24) == 97);
  CHECK(nthPrime(167) == 997);
  CHECK(nthPrime(168) == 0);
  unsigned cnt = 0;
  for (unsigned n = 0; n < 1000; ++n) {
    CHECK(primeCountBelow(n) == cnt);
    if (isPrime(n)) { CHECK(nthPrime(cnt) == n); ++cnt; }
  }

  for (unsigned b = 0; b < 256; ++b) {
    unsigned ref = 0;
    for (unsigned x = b; x; x >>= 1) ref += x & 1u;
    CHECK(popcount8(static_cast<unsigned char>(b)) == ref);
  }

  const unsigned char msg[] = "123456789";
  CHECK(crc32(msg, 9) == 0xCBF43926u);
  CHECK(crc32(msg, 0) == 0);
  const unsigned char fox[] = "The quick brown fox jumps over the lazy dog";
  CHECK(crc32(fox, 43) == 0x414FA339u);
  return 0;
}
