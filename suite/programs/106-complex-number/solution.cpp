#include "solution.hpp"
#include <cmath>

Complex::Complex(double re, double im) : re_(re), im_(im) {}
Complex Complex::operator+(const Complex& o) const { return Complex(re_ + o.re_, im_ + o.im_); }
Complex Complex::operator-(const Complex& o) const { return Complex(re_ - o.re_, im_ - o.im_); }
Complex Complex::operator*(const Complex& o) const {
  return Complex(re_ * o.re_ - im_ * o.im_, re_ * o.im_ + im_ * o.re_);
}
Complex Complex::operator/(const Complex& o) const {
  double d = o.norm();
  return Complex((re_ * o.re_ + im_ * o.im_) / d, (im_ * o.re_ - re_ * o.im_) / d);
}
Complex Complex::operator-() const { return Complex(-re_, -im_); }
Complex& Complex::operator+=(const Complex& o) { re_ += o.re_; im_ += o.im_; return *this; }
Complex& Complex::operator*=(const Complex& o) { *this = *this * o; return *this; }
bool Complex::operator==(const Complex& o) const { return re_ == o.re_ && im_ == o.im_; }
Complex Complex::conj() const { return Complex(re_, -im_); }
double Complex::norm() const { return re_ * re_ + im_ * im_; }
double Complex::abs() const { return std::hypot(re_, im_); }
double Complex::arg() const { return std::atan2(im_, re_); }
Complex Complex::polar(double r, double t) { return Complex(r * std::cos(t), r * std::sin(t)); }

Complex Complex::powi(int n) const {
  Complex base = *this;
  long long e = n;
  if (e < 0) { base = Complex(1.0) / base; e = -e; }
  Complex r(1.0);
  while (e > 0) {
    if (e & 1) r *= base;
    base *= base;
    e >>= 1;
  }
  return r;
}

int mandelbrotIterations(const Complex& c, int maxIter) {
  Complex z;
  for (int i = 0; i < maxIter; ++i) {
    if (z.norm() > 4.0) return i;
    z = z * z + c;
  }
  return maxIter;
}

namespace {
std::vector<Complex> transform(const std::vector<Complex>& x, double sign) {
  const std::size_t n = x.size();
  const double pi = 3.14159265358979323846;
  std::vector<Complex> out(n);
  for (std::size_t k = 0; k < n; ++k) {
    Complex s;
    for (std::size_t t = 0; t < n; ++t) {
      double ang = sign * 2.0 * pi * static_cast<double>((k * t) % n) / static_cast<double>(n);
      s += x[t] * Complex::polar(1.0, ang);
    }
    out[k] = s;
  }
  return out;
}
}  // namespace

std::vector<Complex> dft(const std::vector<Complex>& x) { return transform(x, -1.0); }

std::vector<Complex> idft(const std::vector<Complex>& X) {
  std::vector<Complex> y = transform(X, 1.0);
  for (Complex& v : y) v = v / Complex(static_cast<double>(X.size()));
  return y;
}

Complex evalMonic(const std::vector<Complex>& c, const Complex& z) {
  Complex r(1.0);
  for (std::size_t i = c.size(); i-- > 0;) r = r * z + c[i];
  return r;
}

std::vector<Complex> polyRoots(const std::vector<Complex>& c, int iterations) {
  const std::size_t n = c.size();
  std::vector<Complex> z(n);
  Complex seed(0.4, 0.9);
  for (std::size_t i = 0; i < n; ++i) z[i] = seed.powi(static_cast<int>(i));
  for (int it = 0; it < iterations; ++it) {
    for (std::size_t i = 0; i < n; ++i) {
      Complex denom(1.0);
      for (std::size_t j = 0; j < n; ++j)
        if (j != i) denom *= z[i] - z[j];
      z[i] = z[i] - evalMonic(c, z[i]) / denom;
    }
  }
  return z;
}
