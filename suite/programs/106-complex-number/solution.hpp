#pragma once
#include <vector>

class Complex {
public:
  Complex(double re = 0.0, double im = 0.0);
  double re() const { return re_; }
  double im() const { return im_; }
  Complex operator+(const Complex& o) const;
  Complex operator-(const Complex& o) const;
  Complex operator*(const Complex& o) const;
  Complex operator/(const Complex& o) const;
  Complex operator-() const;
  Complex& operator+=(const Complex& o);
  Complex& operator*=(const Complex& o);
  bool operator==(const Complex& o) const;
  Complex conj() const;
  double norm() const;  // re^2 + im^2
  double abs() const;
  double arg() const;
  Complex powi(int n) const;  // integer power by squaring; negative n uses 1/z
  static Complex polar(double r, double theta);

private:
  double re_, im_;
};

// Escape-time iteration count for c (z <- z^2 + c, |z| > 2 escapes), capped at maxIter.
int mandelbrotIterations(const Complex& c, int maxIter);
// Naive DFT and its inverse.
std::vector<Complex> dft(const std::vector<Complex>& x);
std::vector<Complex> idft(const std::vector<Complex>& X);
// All roots of the monic polynomial z^n + c[n-1] z^(n-1) + ... + c[0] via Durand-Kerner.
std::vector<Complex> polyRoots(const std::vector<Complex>& lowerCoeffs, int iterations);
Complex evalMonic(const std::vector<Complex>& lowerCoeffs, const Complex& z);
