#pragma once
#include <initializer_list>
#include <string>
#include <vector>

// Polynomial with integer coefficients, stored lowest degree first with no
// trailing zeros (the zero polynomial has no coefficients and degree -1).
class Poly {
public:
  Poly() = default;
  Poly(std::initializer_list<long long> lowFirst);
  explicit Poly(const std::vector<long long>& lowFirst);
  static Poly monomial(long long coeff, int degree);
  int degree() const { return static_cast<int>(c_.size()) - 1; }
  long long coeff(int i) const;  // 0 outside the stored range
  Poly operator+(const Poly& o) const;
  Poly operator-(const Poly& o) const;
  Poly operator*(const Poly& o) const;
  Poly operator-() const;
  bool operator==(const Poly& o) const { return c_ == o.c_; }
  bool operator!=(const Poly& o) const { return c_ != o.c_; }
  long long operator()(long long x) const;  // Horner evaluation
  Poly derivative() const;
  Poly compose(const Poly& inner) const;    // this(inner(x))
  // Division by a monic divisor (leading coefficient 1): *this = q * d + r, deg r < deg d.
  bool divmodMonic(const Poly& d, Poly& q, Poly& r) const;
  std::string str() const;  // e.g. "3x^2 - x + 1", "0" for zero

private:
  void trim();
  std::vector<long long> c_;
};

// Product of (x - r) over all roots.
Poly fromRoots(const std::vector<long long>& roots);
