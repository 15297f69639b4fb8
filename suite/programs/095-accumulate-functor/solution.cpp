#include "solution.hpp"

template <typename T, typename Acc, typename Op>
Acc foldLeft(const std::vector<T>& v, Acc init, Op op) {
  Acc acc = init;
  for (const T& x : v) acc = op(acc, x);
  return acc;
}

template long long foldLeft<int, long long, AddOp>(const std::vector<int>&, long long, AddOp);
template std::uint64_t foldLeft<std::uint64_t, std::uint64_t, MulMod>(const std::vector<std::uint64_t>&, std::uint64_t, MulMod);
template unsigned foldLeft<unsigned, unsigned, GcdOp>(const std::vector<unsigned>&, unsigned, GcdOp);
template std::uint32_t foldLeft<std::uint32_t, std::uint32_t, XorOp>(const std::vector<std::uint32_t>&, std::uint32_t, XorOp);
template Stats foldLeft<double, Stats, WelfordOp>(const std::vector<double>&, Stats, WelfordOp);

Stats WelfordOp::operator()(Stats s, double x) const {
  s.n += 1;
  double delta = x - s.mean;
  s.mean += delta / static_cast<double>(s.n);
  s.m2 += delta * (x - s.mean);
  return s;
}

long long sumInts(const std::vector<int>& v) { return foldLeft(v, 0LL, AddOp()); }

std::uint64_t productMod(const std::vector<std::uint64_t>& v, std::uint64_t mod) {
  if (mod == 1) return 0;
  return foldLeft(v, static_cast<std::uint64_t>(1), MulMod{mod});
}

unsigned gcdAll(const std::vector<unsigned>& v) { return foldLeft(v, 0u, GcdOp()); }

std::uint32_t xorAll(const std::vector<std::uint32_t>& v) { return foldLeft(v, 0u, XorOp()); }

double variance(const std::vector<double>& v) {
  Stats s = foldLeft(v, Stats{0, 0.0, 0.0}, WelfordOp());
  return s.n == 0 ? 0.0 : s.m2 / static_cast<double>(s.n);
}

std::uint64_t hornerMod(const std::vector<std::uint64_t>& coeffs, std::uint64_t x) {
  const std::uint64_t M = 1000000007ULL;
  const std::uint64_t xm = x % M;
  struct Step {
    std::uint64_t xm, m;
    std::uint64_t operator()(std::uint64_t acc, std::uint64_t c) const { return (acc * xm + c % m) % m; }
  };
  std::uint64_t r = 0;
  Step st{xm, M};
  for (std::uint64_t c : coeffs) r = st(r, c);
  return r;
}
