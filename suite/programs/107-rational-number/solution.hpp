#pragma once
#include <string>
#include <vector>

// Exact rational number num/den with den > 0 and gcd(|num|, den) == 1.
// Arithmetic reduces by gcds before multiplying; callers keep values small
// enough that reduced results fit in long long.
class Rational {
public:
  Rational(long long n = 0, long long d = 1);  // d != 0
  long long num() const { return n_; }
  long long den() const { return d_; }
  Rational operator+(const Rational& o) const;
  Rational operator-(const Rational& o) const;
  Rational operator*(const Rational& o) const;
  Rational operator/(const Rational& o) const;  // o != 0
  Rational operator-() const;
  bool operator==(const Rational& o) const;
  bool operator!=(const Rational& o) const;
  bool operator<(const Rational& o) const;
  long long floor() const;
  std::string str() const;  // "n/d" or "n" when d == 1

private:
  long long n_, d_;
};

bool parseRational(const std::string& s, Rational& out);  // "a/b", "-a/b" or "a"
Rational harmonic(int n);                                  // 1 + 1/2 + ... + 1/n
std::vector<long long> continuedFraction(Rational r);      // [a0; a1, a2, ...]
Rational fromContinuedFraction(const std::vector<long long>& cf);
// Greedy Egyptian fraction denominators for 0 < r < 1.
std::vector<long long> egyptian(Rational r);
// Best approximation of x in [0, 1] with denominator <= maxDen (Stern-Brocot walk).
Rational bestApprox(double x, long long maxDen);
