#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  Rational a(6, -8);
  CHECK(a.num() == -3 && a.den() == 4);
  CHECK(Rational(0, -5).str() == "0");
  CHECK(Rational(0, -5).den() == 1);
  CHECK((Rational(1, 2) + Rational(1, 3)).str() == "5/6");
  CHECK((Rational(1, 2) - Rational(3, 4)).str() == "-1/4");
  CHECK((Rational(2, 3) * Rational(9, 4)).str() == "3/2");
  CHECK((Rational(2, 3) / Rational(-4, 9)).str() == "-3/2");
  CHECK(Rational(7, 7).str() == "1");
  CHECK(Rational(1, 3) < Rational(1, 2));
  CHECK(Rational(-1, 2) < Rational(-1, 3));
  CHECK(!(Rational(2, 4) < Rational(1, 2)));
  CHECK(Rational(2, 4) == Rational(1, 2));
  CHECK(Rational(2, 4) != Rational(1, 3));
  CHECK(Rational(7, 2).floor() == 3);
  CHECK(Rational(-7, 2).floor() == -4);
  CHECK(Rational(-6, 2).floor() == -3);
  CHECK(Rational(1000000007LL, 1) * Rational(1, 1000000007LL) == Rational(1));

  Rational p;
  CHECK(parseRational("3/4", p) && p == Rational(3, 4));
  CHECK(parseRational("-10/4", p) && p.str() == "-5/2");
  CHECK(parseRational("42", p) && p == Rational(42));
  CHECK(!parseRational("1/0", p));
  CHECK(!parseRational("", p));
  CHECK(!parseRational("/3", p));
  CHECK(!parseRational("3/", p));
  CHECK(!parseRational("1/2/3", p));
  CHECK(!parseRational("1.5", p));

  CHECK(harmonic(0) == Rational(0));
  CHECK(harmonic(1) == Rational(1));
  CHECK(harmonic(4).str() == "25/12");
  CHECK(harmonic(10).str() == "7381/2520");
  CHECK(harmonic(20).str() == "55835135/15519504");

  CHECK((continuedFraction(Rational(415, 93)) == std::vector<long long>{4, 2, 6, 7}));
  CHECK((continuedFraction(Rational(-7, 3)) == std::vector<long long>{-3, 1, 2}));
  CHECK((continuedFraction(Rational(5)) == std::vector<long long>{5}));
  CHECK(fromContinuedFraction({4, 2, 6, 7}) == Rational(415, 93));
  CHECK(fromContinuedFraction({}) == Rational(0));
  for (long long n = -60; n <= 60; n += 7)
    for (long long d = 1; d <= 50; d += 3) {
      Rational r(n, d);
      CHECK(fromContinuedFraction(continuedFraction(r)) == r);
    }

  CHECK((egyptian(Rational(4, 13)) == std::vector<long long>{4, 18, 468}));
  CHECK((egyptian(Rational(2, 3)) == std::vector<long long>{2, 6}));
  CHECK((egyptian(Rational(1, 7)) == std::vector<long long>{7}));
  for (long long d = 2; d <= 30; ++d)
    for (long long n = 1; n < d; ++n) {
      Rational sum;
      for (long long e : egyptian(Rational(n, d))) sum = sum + Rational(1, e);
      CHECK(sum == Rational(n, d));
    }

  CHECK(bestApprox(0.14159265358979, 1000) == Rational(16, 113));
  CHECK(bestApprox(0.5, 10) == Rational(1, 2));
  CHECK(bestApprox(0.333, 5) == Rational(1, 3));
  CHECK(bestApprox(0.0, 100) == Rational(0, 1));
  CHECK(bestApprox(1.0, 100) == Rational(1, 1));
  CHECK(bestApprox(0.6180339887, 100) == Rational(55, 89));
  return 0;
}
