#pragma once
#include <cstdint>

// Runtime wrappers around constexpr functions and constexpr-built tables (solution.cpp).
std::uint64_t factorial(unsigned n);               // n <= 20, else 0
std::uint64_t fibonacci(unsigned n);               // n <= 93, else 0
bool isPrime(std::uint64_t n);
std::uint64_t gcd(std::uint64_t a, std::uint64_t b);
std::uint64_t binomial(unsigned n, unsigned k);    // exact for n <= 62; 0 when k > n
std::uint64_t powMod(std::uint64_t base, std::uint64_t exp, std::uint64_t mod);  // mod in [1, 2^32)
// Table lookups: primes below 1000 are precomputed at compile time.
unsigned primeCountBelow(unsigned n);              // n <= 1000: number of primes < n
unsigned nthPrime(unsigned i);                     // 0-based, i < 168; else 0
unsigned popcount8(unsigned char b);               // from a constexpr 256-entry table
std::uint32_t crc32(const unsigned char* data, unsigned len);  // constexpr CRC table
