#include "solution.hpp"

#include <algorithm>
#include <bitset>

namespace {
struct Sieve {
  std::bitset<kSieveLimit + 1> composite;  // bit i set means i is not prime (0 and 1 too)
  std::vector<std::uint32_t> primes;       // all primes <= kSieveLimit, ascending
};

const Sieve& sieve() {
  static Sieve s;
  static bool built = false;
  if (!built) {
    s.composite.set(0);
    s.composite.set(1);
    for (std::uint32_t i = 2; static_cast<std::uint64_t>(i) * i <= kSieveLimit; ++i) {
      if (s.composite.test(i)) continue;
      for (std::uint32_t j = i * i; j <= kSieveLimit; j += i) s.composite.set(j);
    }
    s.primes.reserve(kSieveLimit + 1 - s.composite.count());
    for (std::uint32_t i = 2; i <= kSieveLimit; ++i)
      if (!s.composite.test(i)) s.primes.push_back(i);
    built = true;
  }
  return s;
}
}  // namespace

bool is_prime_sieved(std::uint32_t n) { return !sieve().composite.test(n); }

std::vector<std::uint32_t> primes_up_to(std::uint32_t n) {
  const std::vector<std::uint32_t>& ps = sieve().primes;
  return std::vector<std::uint32_t>(ps.begin(), std::upper_bound(ps.begin(), ps.end(), n));
}

std::uint32_t prime_count(std::uint32_t n) {
  const std::vector<std::uint32_t>& ps = sieve().primes;
  return static_cast<std::uint32_t>(std::upper_bound(ps.begin(), ps.end(), n) - ps.begin());
}

std::vector<std::pair<std::uint64_t, unsigned>> factorize(std::uint64_t n) {
  std::vector<std::pair<std::uint64_t, unsigned>> out;
  for (std::uint32_t p32 : sieve().primes) {
    std::uint64_t p = p32;
    if (p * p > n) break;
    if (n % p != 0) continue;
    unsigned e = 0;
    while (n % p == 0) {
      n /= p;
      ++e;
    }
    out.push_back({p, e});
  }
  if (n > 1) out.push_back({n, 1});
  return out;
}

std::vector<std::uint64_t> primes_in_range(std::uint64_t lo, std::uint64_t hi) {
  std::vector<std::uint64_t> out;
  if (hi < 2 || lo > hi) return out;
  if (lo < 2) lo = 2;
  std::vector<bool> composite(static_cast<std::size_t>(hi - lo + 1), false);
  for (std::uint32_t p32 : sieve().primes) {
    std::uint64_t p = p32;
    if (p * p > hi) break;
    std::uint64_t start = (lo + p - 1) / p * p;
    if (start < p * p) start = p * p;
    for (std::uint64_t m = start; m <= hi; m += p) composite[static_cast<std::size_t>(m - lo)] = true;
  }
  for (std::uint64_t v = lo; v <= hi; ++v)
    if (!composite[static_cast<std::size_t>(v - lo)]) out.push_back(v);
  return out;
}

std::uint64_t euler_phi(std::uint64_t n) {
  std::uint64_t result = n;
  for (const auto& pe : factorize(n)) result = result / pe.first * (pe.first - 1);
  return result;
}

bool goldbach(std::uint32_t n, std::uint32_t& p, std::uint32_t& q) {
  if (n < 4 || n % 2 != 0 || n > kSieveLimit) return false;
  for (std::uint32_t a = 2; a <= n / 2; ++a) {
    if (is_prime_sieved(a) && is_prime_sieved(n - a)) {
      p = a;
      q = n - a;
      return true;
    }
  }
  return false;
}
