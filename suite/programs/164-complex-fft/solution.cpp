#include "solution.hpp"

#include <cmath>

namespace {
const double kPi = 3.14159265358979323846;
}

void fft(std::vector<cd>& a, bool inverse) {
  std::size_t n = a.size();
  if (n <= 1) return;
  // Bit-reversal permutation.
  for (std::size_t i = 1, j = 0; i < n; ++i) {
    std::size_t bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) std::swap(a[i], a[j]);
  }
  for (std::size_t len = 2; len <= n; len <<= 1) {
    double angle = 2.0 * kPi / static_cast<double>(len) * (inverse ? 1.0 : -1.0);
    for (std::size_t start = 0; start < n; start += len) {
      for (std::size_t k = 0; k < len / 2; ++k) {
        // Twiddle computed directly for accuracy.
        cd w(std::cos(angle * static_cast<double>(k)), std::sin(angle * static_cast<double>(k)));
        cd u = a[start + k];
        cd v = a[start + k + len / 2] * w;
        a[start + k] = u + v;
        a[start + k + len / 2] = u - v;
      }
    }
  }
  if (inverse)
    for (cd& x : a) x /= static_cast<double>(n);
}

std::vector<cd> fft_recursive(const std::vector<cd>& a) {
  std::size_t n = a.size();
  if (n <= 1) return a;
  std::vector<cd> even(n / 2), odd(n / 2);
  for (std::size_t i = 0; i < n / 2; ++i) {
    even[i] = a[2 * i];
    odd[i] = a[2 * i + 1];
  }
  std::vector<cd> fe = fft_recursive(even), fo = fft_recursive(odd);
  std::vector<cd> out(n);
  for (std::size_t k = 0; k < n / 2; ++k) {
    double ang = -2.0 * kPi * static_cast<double>(k) / static_cast<double>(n);
    cd t = std::polar(1.0, ang) * fo[k];
    out[k] = fe[k] + t;
    out[k + n / 2] = fe[k] - t;
  }
  return out;
}

std::vector<double> circular_convolution(const std::vector<double>& x, const std::vector<double>& y) {
  std::vector<cd> fx(x.begin(), x.end()), fy(y.begin(), y.end());
  fft(fx, false);
  fft(fy, false);
  for (std::size_t i = 0; i < fx.size(); ++i) fx[i] *= fy[i];
  fft(fx, true);
  std::vector<double> out(fx.size());
  for (std::size_t i = 0; i < fx.size(); ++i) out[i] = fx[i].real();
  return out;
}

std::vector<long long> multiply_polynomials_fft(const std::vector<int>& a, const std::vector<int>& b) {
  if (a.empty() || b.empty()) return {};
  std::size_t need = a.size() + b.size() - 1, n = 1;
  while (n < need) n <<= 1;
  std::vector<cd> fa(n), fb(n);
  for (std::size_t i = 0; i < a.size(); ++i) fa[i] = cd(a[i], 0);
  for (std::size_t i = 0; i < b.size(); ++i) fb[i] = cd(b[i], 0);
  fft(fa, false);
  fft(fb, false);
  for (std::size_t i = 0; i < n; ++i) fa[i] *= fb[i];
  fft(fa, true);
  std::vector<long long> out(need);
  for (std::size_t i = 0; i < need; ++i) out[i] = std::llround(fa[i].real());
  return out;
}

std::vector<double> magnitude_spectrum(const std::vector<double>& signal) {
  std::vector<cd> f(signal.begin(), signal.end());
  fft(f, false);
  std::vector<double> out(f.size());
  for (std::size_t i = 0; i < f.size(); ++i) out[i] = std::abs(f[i]);
  return out;
}
