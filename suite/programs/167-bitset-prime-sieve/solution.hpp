#pragma once
#include <cstdint>
#include <utility>
#include <vector>

// Sieve of Eratosthenes over a std::bitset covering 0..kSieveLimit (built once, on first use),
// plus the list of sieved primes.
const std::uint32_t kSieveLimit = 200000;

bool is_prime_sieved(std::uint32_t n);              // n <= kSieveLimit
std::vector<std::uint32_t> primes_up_to(std::uint32_t n);  // primes <= min(n, kSieveLimit)
std::uint32_t prime_count(std::uint32_t n);         // pi(min(n, kSieveLimit))
// Prime factorisation (prime, exponent) ascending, using sieved primes; n >= 1 and
// n <= kSieveLimit^2.
std::vector<std::pair<std::uint64_t, unsigned>> factorize(std::uint64_t n);
// Primes in [lo, hi] by a segmented sieve (hi <= kSieveLimit^2, hi - lo <= 10^6).
std::vector<std::uint64_t> primes_in_range(std::uint64_t lo, std::uint64_t hi);
// Euler's totient via the factorisation.
std::uint64_t euler_phi(std::uint64_t n);
// Goldbach: the pair (p, q), p <= q, p smallest, with p + q = n (even n in 4..kSieveLimit).
bool goldbach(std::uint32_t n, std::uint32_t& p, std::uint32_t& q);
