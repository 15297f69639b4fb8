#include "check.h"
#include "solution.hpp"

namespace {
bool trial(std::uint64_t n) {
  if (n < 2) return false;
  for (std::uint64_t d = 2; d * d <= n; ++d)
    if (n % d == 0) return false;
  return true;
}
std::uint64_t gcd(std::uint64_t a, std::uint64_t b) {
  while (b) {
    std::uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}
}  // namespace

int main() {
  CHECK(!is_prime_sieved(0));
  CHECK(!is_prime_sieved(1));
  CHECK(is_prime_sieved(2));
  CHECK(is_prime_sieved(199999));
  CHECK(!is_prime_sieved(200000));
  CHECK(primes_up_to(1).empty());
  CHECK(primes_up_to(30) == std::vector<std::uint32_t>({2, 3, 5, 7, 11, 13, 17, 19, 23, 29}));
  CHECK(prime_count(10) == 4);
  CHECK(prime_count(100) == 25);
  CHECK(prime_count(1000) == 168);
  CHECK(prime_count(10000) == 1229);
  CHECK(prime_count(100000) == 9592);
  CHECK(prime_count(200000) == 17984);
  CHECK(primes_up_to(200000).size() == 17984);
  for (std::uint32_t n = 0; n < 3000; ++n) CHECK(is_prime_sieved(n) == trial(n));
  for (std::uint32_t n = 199000; n <= 200000; ++n) CHECK(is_prime_sieved(n) == trial(n));

  CHECK(factorize(1).empty());
  {
    auto f = factorize(360);
    CHECK(f.size() == 3);
    CHECK(f[0].first == 2 && f[0].second == 3);
    CHECK(f[1].first == 3 && f[1].second == 2);
    CHECK(f[2].first == 5 && f[2].second == 1);
    auto big = factorize(39999600001ULL);  // 199999^2
    CHECK(big.size() == 1 && big[0].first == 199999 && big[0].second == 2);
    auto semi = factorize(1000000007ULL * 29ULL);
    CHECK(semi.size() == 2 && semi[0].first == 29 && semi[1].first == 1000000007ULL);
  }
  for (std::uint64_t n = 1; n <= 2000; ++n) {
    std::uint64_t prod = 1;
    std::uint64_t prev = 0;
    for (const auto& pe : factorize(n)) {
      CHECK(trial(pe.first));
      CHECK(pe.first > prev);
      prev = pe.first;
      for (unsigned e = 0; e < pe.second; ++e) prod *= pe.first;
    }
    CHECK(prod == n);
    if (n <= 300) {
      std::uint64_t phi = 0;
      for (std::uint64_t k = 1; k <= n; ++k) phi += gcd(k, n) == 1;
      CHECK(euler_phi(n) == phi);
    }
  }
  CHECK(euler_phi(1000000007ULL) == 1000000006ULL);
  CHECK(primes_in_range(0, 1).empty());
  CHECK(primes_in_range(10, 5).empty());
  CHECK(primes_in_range(0, 10) == std::vector<std::uint64_t>({2, 3, 5, 7}));
  CHECK(primes_in_range(1000000000ULL, 1000000100ULL) ==
        std::vector<std::uint64_t>({1000000007ULL, 1000000009ULL, 1000000021ULL, 1000000033ULL, 1000000087ULL,
                                    1000000093ULL, 1000000097ULL}));
  {
    std::vector<std::uint64_t> r = primes_in_range(90000, 91000);
    std::size_t k = 0;
    for (std::uint64_t v = 90000; v <= 91000; ++v)
      if (trial(v)) {
        CHECK(k < r.size() && r[k] == v);
        ++k;
      }
    CHECK(k == r.size());
  }
  std::uint32_t p = 0, q = 0;
  CHECK(!goldbach(3, p, q));
  CHECK(!goldbach(7, p, q));
  CHECK(goldbach(4, p, q) && p == 2 && q == 2);
  CHECK(goldbach(28, p, q) && p == 5 && q == 23);
  CHECK(goldbach(200000, p, q) && p + q == 200000 && trial(p) && trial(q));
  for (std::uint32_t n = 4; n <= 2000; n += 2) {
    CHECK(goldbach(n, p, q));
    CHECK(p + q == n && p <= q && trial(p) && trial(q));
    for (std::uint32_t a = 2; a < p; ++a) CHECK(!(trial(a) && trial(n - a)));
  }
  return 0;
}
