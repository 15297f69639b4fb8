#include "solution.hpp"

namespace {

template <typename... Ts>
long long sumAll(Ts... xs) {
  return (0LL + ... + static_cast<long long>(xs));
}

template <typename... Ts>
double sumDouble(Ts... xs) {
  return (0.0 + ... + static_cast<double>(xs));
}

template <typename T>
T maxRec(T x) { return x; }
template <typename T, typename... Rest>
T maxRec(T x, Rest... rest) {
  T m = maxRec(rest...);
  return x > m ? x : m;
}

template <typename T, typename... Rest>
T minFold(T first, Rest... rest) {
  T m = first;
  ((m = rest < m ? rest : m), ...);
  return m;
}

template <typename... Ts>
std::size_t countIf(Ts... xs) {
  return (std::size_t{0} + ... + (xs > 0 ? std::size_t{1} : std::size_t{0}));
}

template <typename... Ts>
bool allEvenT(Ts... xs) { return ((xs % 2 == 0) && ...); }

template <typename... Ts>
bool anyNegT(Ts... xs) { return ((xs < 0) || ...); }

template <typename... Ts>
std::uint64_t digitsT(Ts... ds) {
  std::uint64_t v = 0;
  ((v = v * 10 + ds % 10), ...);
  return v;
}

inline long long altRec() { return 0; }
template <typename T, typename... Rest>
long long altRec(T x, Rest... rest) {
  return static_cast<long long>(x) - altRec(rest...);
}

template <typename... Ts>
std::uint64_t hashT(Ts... xs) {
  std::uint64_t h = 1469598103934665603ULL;
  ((h = (h ^ static_cast<std::uint64_t>(xs)) * 1099511628211ULL), ...);
  return h ^ sizeof...(Ts);
}

template <typename... Ts>
constexpr std::size_t countTypes() { return sizeof...(Ts); }

}  // namespace

long long sum3(int a, long long b, short c) { return sumAll(a, b, c); }
long long sum6(int a, int b, int c, int d, int e, int f) { return sumAll(a, b, c, d, e, f); }
double mixedSum(int a, double b, float c, long long d) { return sumDouble(a, b, c, d); }
int maxOf5(int a, int b, int c, int d, int e) { return maxRec(a, b, c, d, e); }
int minOf4(int a, int b, int c, int d) { return minFold(a, b, c, d); }
std::size_t countPositive(int a, int b, int c, int d, int e, int f, int g) {
  return countIf(a, b, c, d, e, f, g);
}
bool allEven(long long a, long long b, long long c) { return allEvenT(a, b, c); }
bool anyNegative(int a, int b, int c, int d) { return anyNegT(a, b, c, d); }
std::uint64_t digits4(unsigned a, unsigned b, unsigned c, unsigned d) { return digitsT(a, b, c, d); }
std::uint64_t digits8(unsigned a, unsigned b, unsigned c, unsigned d, unsigned e, unsigned f, unsigned g,
                      unsigned h) {
  return digitsT(a, b, c, d, e, f, g, h);
}
long long altSum5(long long a, long long b, long long c, long long d, long long e) {
  return altRec(a, b, c, d, e);
}
std::uint64_t hashAll(std::uint64_t a, std::uint64_t b, std::uint64_t c) { return hashT(a, b, c); }
std::uint64_t hashAll2(std::uint64_t a, std::uint64_t b) { return hashT(a, b); }
std::size_t packSize() { return countTypes<int, char, double, long, short, float>(); }
