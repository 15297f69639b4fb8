#include "solution.hpp"
#include <cmath>

template <typename T, std::size_t R, std::size_t K, std::size_t C>
Mat<T, R, C> mul(const Mat<T, R, K>& x, const Mat<T, K, C>& y) {
  Mat<T, R, C> r{};
  for (std::size_t i = 0; i < R; ++i)
    for (std::size_t j = 0; j < C; ++j) {
      T s{};
      for (std::size_t k = 0; k < K; ++k) s += x.a[i][k] * y.a[k][j];
      r.a[i][j] = s;
    }
  return r;
}

template <typename T, std::size_t R, std::size_t C>
Mat<T, C, R> transpose(const Mat<T, R, C>& m) {
  Mat<T, C, R> r{};
  for (std::size_t i = 0; i < R; ++i)
    for (std::size_t j = 0; j < C; ++j) r.a[j][i] = m.a[i][j];
  return r;
}

template <typename T, std::size_t N>
Mat<T, N, N> identity() {
  Mat<T, N, N> r{};
  for (std::size_t i = 0; i < N; ++i) r.a[i][i] = T(1);
  return r;
}

template <typename T, std::size_t N>
Mat<T, N, N> power(Mat<T, N, N> base, std::uint64_t e) {
  Mat<T, N, N> r = identity<T, N>();
  while (e > 0) {
    if (e & 1u) r = mul(r, base);
    base = mul(base, base);
    e >>= 1;
  }
  return r;
}

template <typename T, std::size_t N>
T trace(const Mat<T, N, N>& m) {
  T s{};
  for (std::size_t i = 0; i < N; ++i) s += m.a[i][i];
  return s;
}

template <typename T, std::size_t R, std::size_t C>
bool equal(const Mat<T, R, C>& x, const Mat<T, R, C>& y) {
  for (std::size_t i = 0; i < R; ++i)
    for (std::size_t j = 0; j < C; ++j)
      if (!(x.a[i][j] == y.a[i][j])) return false;
  return true;
}

using u64 = std::uint64_t;
template Mat<long long, 2, 2> mul<long long, 2, 3, 2>(const Mat<long long, 2, 3>&, const Mat<long long, 3, 2>&);
template Mat<long long, 3, 3> mul<long long, 3, 2, 3>(const Mat<long long, 3, 2>&, const Mat<long long, 2, 3>&);
template Mat<long long, 3, 3> mul<long long, 3, 3, 3>(const Mat<long long, 3, 3>&, const Mat<long long, 3, 3>&);
template Mat<long long, 3, 2> transpose<long long, 2, 3>(const Mat<long long, 2, 3>&);
template Mat<long long, 3, 3> transpose<long long, 3, 3>(const Mat<long long, 3, 3>&);
template Mat<long long, 3, 3> identity<long long, 3>();
template Mat<long long, 3, 3> power<long long, 3>(Mat<long long, 3, 3>, u64);
template long long trace<long long, 3>(const Mat<long long, 3, 3>&);
template bool equal<long long, 2, 2>(const Mat<long long, 2, 2>&, const Mat<long long, 2, 2>&);
template bool equal<long long, 3, 3>(const Mat<long long, 3, 3>&, const Mat<long long, 3, 3>&);
template Mat<u64, 2, 2> power<u64, 2>(Mat<u64, 2, 2>, u64);
template Mat<u64, 4, 4> power<u64, 4>(Mat<u64, 4, 4>, u64);
template u64 trace<u64, 4>(const Mat<u64, 4, 4>&);
template Mat<double, 2, 2> power<double, 2>(Mat<double, 2, 2>, u64);

u64 fibWrap(u64 n) {
  Mat<u64, 2, 2> q{{{1, 1}, {1, 0}}};
  return power(q, n).a[0][1];
}

u64 countWalks(std::uint16_t adjacency, unsigned from, unsigned to, u64 len) {
  if (from >= 4 || to >= 4) return 0;
  Mat<u64, 4, 4> m{};
  for (unsigned i = 0; i < 4; ++i)
    for (unsigned j = 0; j < 4; ++j) m.a[i][j] = (adjacency >> (4 * i + j)) & 1u;
  return power(m, len).a[from][to];
}

void rotateRepeated(double angle, u64 times, double& x, double& y) {
  double c = std::cos(angle), s = std::sin(angle);
  Mat<double, 2, 2> r{{{c, -s}, {s, c}}};
  Mat<double, 2, 2> p = power(r, times);
  double nx = p.a[0][0] * x + p.a[0][1] * y;
  double ny = p.a[1][0] * x + p.a[1][1] * y;
  x = nx;
  y = ny;
}
