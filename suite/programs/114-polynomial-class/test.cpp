#include "check.h"
#include "solution.hpp"
#include <vector>

int main() {
  Poly zero;
  CHECK(zero.degree() == -1);
  CHECK(zero.str() == "0");
  CHECK((Poly{0, 0, 0} == zero));
  Poly p{1, -1, 3};  // 3x^2 - x + 1
  CHECK(p.degree() == 2);
  CHECK(p.str() == "3x^2 - x + 1");
  CHECK(p.coeff(2) == 3 && p.coeff(5) == 0 && p.coeff(-1) == 0);
  CHECK((Poly{-1}.str() == "-1"));
  CHECK((Poly{0, -1}.str() == "-x"));
  CHECK((Poly{0, 0, 0, -2}.str() == "-2x^3"));
  CHECK((Poly{5, 0, 1}.str() == "x^2 + 5"));
  CHECK(Poly::monomial(7, 4).str() == "7x^4");

  Poly q{2, 1};  // x + 2
  CHECK((p + q).str() == "3x^2 + 3");
  CHECK((p - p) == zero);
  CHECK((p - q).str() == "3x^2 - 2x - 1");
  CHECK((p * q).str() == "3x^3 + 5x^2 - x + 2");
  CHECK((p * zero) == zero);
  CHECK((-q).str() == "-x - 2");

  CHECK(p(0) == 1);
  CHECK(p(2) == 11);
  CHECK(p(-3) == 31);
  CHECK(zero(123) == 0);
  CHECK(p.derivative().str() == "6x - 1");
  CHECK((Poly{9}.derivative() == zero));
  CHECK(Poly::monomial(1, 5).derivative() == Poly::monomial(5, 4));

  // p(q(x)) = 3(x+2)^2 - (x+2) + 1 = 3x^2 + 11x + 11
  CHECK(p.compose(q).str() == "3x^2 + 11x + 11");
  CHECK((q.compose(p) == p + Poly{2}));
  for (long long x = -6; x <= 6; ++x) {
    CHECK(p.compose(q)(x) == p(q(x)));
    CHECK((p * q)(x) == p(x) * q(x));
    CHECK((p + q)(x) == p(x) + q(x));
  }

  Poly r = fromRoots({1, -2, 3});
  CHECK(r.str() == "x^3 - 2x^2 - 5x + 6");
  CHECK(r(1) == 0 && r(-2) == 0 && r(3) == 0 && r(0) == 6);
  Poly quo, rem;
  CHECK((r.divmodMonic(Poly{-3, 1}, quo, rem)));
  CHECK((quo == fromRoots({1, -2})));
  CHECK(rem == zero);
  CHECK((p.divmodMonic(Poly{2, 1}, quo, rem)));  // 3x^2 - x + 1 = (x+2)(3x - 7) + 15
  CHECK(quo.str() == "3x - 7");
  CHECK(rem.str() == "15");
  CHECK((rem == Poly{p(-2)}));  // remainder theorem
  CHECK((q.divmodMonic(Poly{0, 0, 1}, quo, rem)));
  CHECK(quo == zero && rem == q);
  CHECK((!p.divmodMonic(Poly{1, 2}, quo, rem)));
  CHECK(!p.divmodMonic(zero, quo, rem));

  // (x - 1)^10: binomial coefficients with alternating signs
  Poly b{1};
  for (int i = 0; i < 10; ++i) b = b * Poly{-1, 1};
  const long long binom[11] = {1, 10, 45, 120, 210, 252, 210, 120, 45, 10, 1};
  for (int i = 0; i <= 10; ++i) CHECK(b.coeff(i) == ((10 - i) % 2 == 0 ? binom[i] : -binom[i]));
  CHECK(b(1) == 0 && b(2) == 1 && b(3) == 1024);
  // remainder theorem over many points
  std::vector<long long> rootsList{4, -1, 0, 2};
  Poly big = fromRoots(rootsList) + Poly{0, 0, 0, 0, 0, 0, 3};
  for (long long a = -5; a <= 5; ++a) {
    CHECK((big.divmodMonic(Poly{-a, 1}, quo, rem)));
    CHECK((rem == Poly{big(a)}));
    CHECK((quo * Poly{-a, 1} + rem == big));
  }
  return 0;
}
