#pragma once
#include <cstdint>
#include <string>
#include <vector>

// Arbitrary-precision unsigned integer, little-endian base 10^9 limbs.
class BigUInt {
public:
  BigUInt(std::uint64_t v = 0);
  static bool fromString(const std::string& s, BigUInt& out);  // decimal digits only
  std::string toString() const;
  BigUInt operator+(const BigUInt& o) const;
  BigUInt operator-(const BigUInt& o) const;  // requires *this >= o
  BigUInt operator*(const BigUInt& o) const;
  BigUInt& operator+=(const BigUInt& o);
  BigUInt& operator*=(const BigUInt& o);
  // Division by a small non-zero divisor; returns the remainder.
  std::uint32_t divSmall(std::uint32_t d, BigUInt& quotient) const;
  bool operator==(const BigUInt& o) const;
  bool operator!=(const BigUInt& o) const { return !(*this == o); }
  bool operator<(const BigUInt& o) const;
  bool isZero() const { return limbs_.empty(); }
  unsigned digitSum() const;

private:
  void trim();
  std::vector<std::uint32_t> limbs_;  // no trailing zero limbs; zero is empty
};

BigUInt factorialBig(unsigned n);
BigUInt fibonacciBig(unsigned n);
BigUInt powBig(std::uint32_t base, unsigned exp);
BigUInt binomialBig(unsigned n, unsigned k);  // via multiplicative formula and divSmall
