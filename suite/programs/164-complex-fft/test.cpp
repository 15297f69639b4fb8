#include "check.h"
#include "solution.hpp"

#include <cmath>

namespace {
const double PI = 3.14159265358979323846;
unsigned s = 7654321u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Naive O(n^2) DFT reference.
std::vector<cd> dft(const std::vector<cd>& a) {
  std::size_t n = a.size();
  std::vector<cd> out(n);
  for (std::size_t k = 0; k < n; ++k) {
    double re = 0, im = 0;
    for (std::size_t t = 0; t < n; ++t) {
      double ang = -2.0 * PI * static_cast<double>((k * t) % n) / static_cast<double>(n);
      re += a[t].real() * std::cos(ang) - a[t].imag() * std::sin(ang);
      im += a[t].real() * std::sin(ang) + a[t].imag() * std::cos(ang);
    }
    out[k] = cd(re, im);
  }
  return out;
}
void check_close(const std::vector<cd>& x, const std::vector<cd>& y, double tol) {
  CHECK(x.size() == y.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    CHECK_NEAR(x[i].real(), y[i].real(), tol);
    CHECK_NEAR(x[i].imag(), y[i].imag(), tol);
  }
}
}  // namespace

int main() {
  {
    std::vector<cd> e;
    fft(e, false);
    CHECK(e.empty());
    std::vector<cd> one = {cd(3.5, -1)};
    fft(one, false);
    CHECK_NEAR(one[0].real(), 3.5, 0);
    CHECK_NEAR(one[0].imag(), -1, 0);
  }
  {
    std::vector<cd> a = {1, 1, 1, 1};
    fft(a, false);
    check_close(a, {4, 0, 0, 0}, 1e-12);
    std::vector<cd> imp = {1, 0, 0, 0, 0, 0, 0, 0};
    fft(imp, false);
    for (const cd& x : imp) {
      CHECK_NEAR(x.real(), 1.0, 1e-12);
      CHECK_NEAR(x.imag(), 0.0, 1e-12);
    }
    std::vector<cd> b = {1, 2, 3, 4};
    fft(b, false);
    check_close(b, {cd(10, 0), cd(-2, 2), cd(-2, 0), cd(-2, -2)}, 1e-12);
  }
  // A pure cosine at bin 3 of 16 samples: magnitude n/2 at bins 3 and 13.
  {
    std::vector<double> sig(16);
    for (std::size_t t = 0; t < 16; ++t) sig[t] = std::cos(2 * PI * 3 * static_cast<double>(t) / 16);
    std::vector<double> mag = magnitude_spectrum(sig);
    for (std::size_t k = 0; k < 16; ++k) CHECK_NEAR(mag[k], (k == 3 || k == 13) ? 8.0 : 0.0, 1e-9);
  }
  CHECK(multiply_polynomials_fft({}, {1}).empty());
  CHECK(multiply_polynomials_fft({1, 2, 3}, {4, 5}) == std::vector<long long>({4, 13, 22, 15}));
  CHECK(multiply_polynomials_fft({-1, 1}, {1, 1}) == std::vector<long long>({-1, 0, 1}));
  CHECK(multiply_polynomials_fft({7}, {-6}) == std::vector<long long>({-42}));
  {
    std::vector<double> c = circular_convolution({1, 2, 3, 4}, {0, 1, 0, 0});
    CHECK_NEAR(c[0], 4, 1e-12);
    CHECK_NEAR(c[1], 1, 1e-12);
    CHECK_NEAR(c[2], 2, 1e-12);
    CHECK_NEAR(c[3], 3, 1e-12);
  }
  for (int iter = 0; iter < 60; ++iter) {
    std::size_t n = std::size_t(1) << (rnd() % 7);
    std::vector<cd> a(n);
    for (std::size_t i = 0; i < n; ++i)
      a[i] = cd(static_cast<double>(static_cast<int>(rnd() % 201) - 100) / 10.0,
                static_cast<double>(static_cast<int>(rnd() % 201) - 100) / 10.0);
    std::vector<cd> ref = dft(a);
    std::vector<cd> f = a;
    fft(f, false);
    check_close(f, ref, 1e-9);
    check_close(fft_recursive(a), ref, 1e-9);
    fft(f, true);
    check_close(f, a, 1e-9);
    // Parseval: sum |a|^2 == sum |F|^2 / n.
    double ea = 0, ef = 0;
    for (std::size_t i = 0; i < n; ++i) {
      ea += std::norm(a[i]);
      ef += std::norm(ref[i]);
    }
    CHECK_NEAR(ea, ef / static_cast<double>(n), 1e-9);

    std::size_t la = 1 + rnd() % 20, lb = 1 + rnd() % 20;
    std::vector<int> pa(la), pb(lb);
    for (int& x : pa) x = static_cast<int>(rnd() % 2001) - 1000;
    for (int& x : pb) x = static_cast<int>(rnd() % 2001) - 1000;
    std::vector<long long> naive(la + lb - 1, 0);
    for (std::size_t i = 0; i < la; ++i)
      for (std::size_t j = 0; j < lb; ++j) naive[i + j] += static_cast<long long>(pa[i]) * pb[j];
    CHECK(multiply_polynomials_fft(pa, pb) == naive);

    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
      x[i] = static_cast<double>(static_cast<int>(rnd() % 21) - 10);
      y[i] = static_cast<double>(static_cast<int>(rnd() % 21) - 10);
    }
    std::vector<double> conv = circular_convolution(x, y);
    for (std::size_t k = 0; k < n; ++k) {
      double expect = 0;
      for (std::size_t j = 0; j < n; ++j) expect += x[j] * y[(k + n - j) % n];
      CHECK_NEAR(conv[k], expect, 1e-8);
    }
  }
  return 0;
}
