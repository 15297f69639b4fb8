#include "solution.hpp"
#include <array>

namespace {

constexpr std::uint64_t cFactorial(unsigned n) {
  std::uint64_t r = 1;
  for (unsigned i = 2; i <= n; ++i) r *= i;
  return r;
}

constexpr std::uint64_t cFib(unsigned n) {
  std::uint64_t a = 0, b = 1;
  for (unsigned i = 0; i < n; ++i) { std::uint64_t t = a + b; a = b; b = t; }
  return a;
}

constexpr bool cIsPrime(std::uint64_t n) {
  if (n < 2) return false;
  if (n % 2 == 0) return n == 2;
  for (std::uint64_t d = 3; d <= n / d; d += 2)
    if (n % d == 0) return false;
  return true;
}

constexpr std::uint64_t cGcd(std::uint64_t a, std::uint64_t b) { return b == 0 ? a : cGcd(b, a % b); }

constexpr std::uint64_t cBinomial(unsigned n, unsigned k) {
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  std::uint64_t r = 1;
  for (unsigned i = 1; i <= k; ++i) {
    // r * (n - k + i) / i, reduced by gcd first to avoid overflow
    std::uint64_t num = n - k + i, den = i;
    std::uint64_t g = cGcd(r, den);
    r /= g; den /= g;
    num /= den;  // den divides num after reducing by gcd(r, den)
    r *= num;
  }
  return r;
}

constexpr std::uint64_t cPowMod(std::uint64_t b, std::uint64_t e, std::uint64_t m) {
  std::uint64_t r = 1 % m;
  b %= m;
  while (e > 0) {
    if (e & 1) r = r * b % m;
    b = b * b % m;
    e >>= 1;
  }
  return r;
}

struct PrimeTable {
  std::array<unsigned, 168> primes{};
  std::array<unsigned short, 1001> countBelow{};
};

constexpr PrimeTable makePrimeTable() {
  PrimeTable t{};
  unsigned k = 0;
  for (unsigned n = 0; n <= 1000; ++n) {
    t.countBelow[n] = static_cast<unsigned short>(k);
    if (n < 1000 && cIsPrime(n)) t.primes[k++] = n;
  }
  return t;
}

constexpr std::array<unsigned char, 256> makePopTable() {
  std::array<unsigned char, 256> t{};
  for (unsigned i = 1; i < 256; ++i) t[i] = static_cast<unsigned char>(t[i >> 1] + (i & 1));
  return t;
}

constexpr std::array<std::uint32_t, 256> makeCrcTable() {
  std::array<std::uint32_t, 256> t{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int j = 0; j < 8; ++j) c = (c & 1u) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
    t[i] = c;
  }
  return t;
}

constexpr PrimeTable kPrimes = makePrimeTable();
constexpr std::array<unsigned char, 256> kPop = makePopTable();
constexpr std::array<std::uint32_t, 256> kCrc = makeCrcTable();

static_assert(cFactorial(10) == 3628800, "factorial");
static_assert(cFib(50) == 12586269025ULL, "fib");
static_assert(cBinomial(52, 5) == 2598960, "binomial");
static_assert(kPrimes.primes[167] == 997, "last prime below 1000");
static_assert(kPrimes.countBelow[100] == 25, "pi(100)");
static_assert(kPop[255] == 8, "popcount");

}  // namespace

std::uint64_t factorial(unsigned n) { return n > 20 ? 0 : cFactorial(n); }
std::uint64_t fibonacci(unsigned n) { return n > 93 ? 0 : cFib(n); }
bool isPrime(std::uint64_t n) { return cIsPrime(n); }
std::uint64_t gcd(std::uint64_t a, std::uint64_t b) { return cGcd(a, b); }
std::uint64_t binomial(unsigned n, unsigned k) { return cBinomial(n, k); }
std::uint64_t powMod(std::uint64_t base, std::uint64_t exp, std::uint64_t mod) { return cPowMod(base, exp, mod); }
unsigned primeCountBelow(unsigned n) { return n > 1000 ? 0 : kPrimes.countBelow[n]; }
unsigned nthPrime(unsigned i) { return i < 168 ? kPrimes.primes[i] : 0; }
unsigned popcount8(unsigned char b) { return kPop[b]; }
std::uint32_t crc32(const unsigned char* data, unsigned len) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned i = 0; i < len; ++i) c = kCrc[(c ^ data[i]) & 0xFFu] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}
