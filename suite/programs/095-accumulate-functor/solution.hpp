#pragma once
#include <cstdint>
#include <vector>

// Left fold: op(op(op(init, v[0]), v[1]) ...). Defined/instantiated in solution.cpp.
template <typename T, typename Acc, typename Op>
Acc foldLeft(const std::vector<T>& v, Acc init, Op op);

struct AddOp { long long operator()(long long a, int b) const { return a + b; } };
struct MulMod {
  std::uint64_t mod;
  std::uint64_t operator()(std::uint64_t a, std::uint64_t b) const { return (a * (b % mod)) % mod; }
};
struct GcdOp {
  unsigned operator()(unsigned a, unsigned b) const {
    while (b != 0) { unsigned t = a % b; a = b; b = t; }
    return a;
  }
};
struct XorOp { std::uint32_t operator()(std::uint32_t a, std::uint32_t b) const { return a ^ b; } };
// Running stats accumulated in one pass (count, mean, M2 for variance; Welford).
struct Stats { long long n; double mean; double m2; };
struct WelfordOp { Stats operator()(Stats s, double x) const; };

long long sumInts(const std::vector<int>& v);
std::uint64_t productMod(const std::vector<std::uint64_t>& v, std::uint64_t mod);  // mod < 2^32
unsigned gcdAll(const std::vector<unsigned>& v);
std::uint32_t xorAll(const std::vector<std::uint32_t>& v);
double variance(const std::vector<double>& v);  // population variance; 0 for empty
// Horner evaluation of coefficients (highest degree first) at x, mod 1e9+7.
std::uint64_t hornerMod(const std::vector<std::uint64_t>& coeffs, std::uint64_t x);
