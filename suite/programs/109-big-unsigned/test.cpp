#include "check.h"
#include "solution.hpp"
#include <cstdint>
#include <string>

int main() {
  CHECK(BigUInt().toString() == "0");
  CHECK(BigUInt(0).isZero());
  CHECK(BigUInt(1000000000ULL).toString() == "1000000000");
  CHECK(BigUInt(18446744073709551615ULL).toString() == "18446744073709551615");
  BigUInt x;
  CHECK(BigUInt::fromString("000123", x) && x.toString() == "123");
  CHECK(BigUInt::fromString("0000", x) && x.isZero());
  CHECK(!BigUInt::fromString("12a", x));
  CHECK(!BigUInt::fromString("", x));
  const std::string big = "123456789012345678901234567890";
  CHECK(BigUInt::fromString(big, x) && x.toString() == big);

  CHECK((BigUInt(999999999) + BigUInt(1)).toString() == "1000000000");
  CHECK((BigUInt(18446744073709551615ULL) + BigUInt(1)).toString() == "18446744073709551616");
  CHECK((BigUInt(1000000000) - BigUInt(1)).toString() == "999999999");
  CHECK((BigUInt(5) - BigUInt(5)).isZero());
  BigUInt y;
  BigUInt::fromString("1000000000000000000000000000000", y);
  CHECK((y - BigUInt(1)).toString() == "999999999999999999999999999999");
  CHECK((BigUInt(4294967295ULL) * BigUInt(4294967295ULL)).toString() == "18446744065119617025");
  CHECK((BigUInt(0) * y).isZero());
  CHECK(BigUInt(3) < BigUInt(4));
  CHECK(!(BigUInt(4) < BigUInt(4)));
  CHECK(BigUInt(999999999) < BigUInt(1000000000));
  CHECK(BigUInt(7) != BigUInt(8));

  CHECK(powBig(2, 0).toString() == "1");
  CHECK(powBig(2, 64).toString() == "18446744073709551616");
  CHECK(powBig(2, 100).toString() == "1267650600228229401496703205376");
  CHECK(powBig(3, 50).toString() == "717897987691852588770249");
  CHECK(powBig(2, 1000).digitSum() == 1366);
  CHECK(powBig(10, 30).toString() == "1" + std::string(30, '0'));

  CHECK(factorialBig(0).toString() == "1");
  CHECK(factorialBig(20).toString() == "2432902008176640000");
  CHECK(factorialBig(30).toString() == "265252859812191058636308480000000");
  CHECK(factorialBig(100).digitSum() == 648);
  CHECK(factorialBig(100).toString().size() == 158);

  CHECK(fibonacciBig(0).isZero());
  CHECK(fibonacciBig(93).toString() == "12200160415121876738");
  CHECK(fibonacciBig(100).toString() == "354224848179261915075");
  CHECK(fibonacciBig(300).toString().size() == 63);

  BigUInt q;
  CHECK(factorialBig(25).divSmall(23, q) == 0);
  CHECK(q.toString() == "674400436666564608000000");
  CHECK(BigUInt(1000000007).divSmall(10, q) == 7 && q.toString() == "100000000");
  CHECK(BigUInt(5).divSmall(7, q) == 5 && q.isZero());

  CHECK(binomialBig(10, 3).toString() == "120");
  CHECK(binomialBig(5, 7).isZero());
  CHECK(binomialBig(100, 50).toString() == "100891344545564193334812497256");
  CHECK(binomialBig(64, 32).toString() == "1832624140942590534");
  // Pascal's rule on larger rows
  for (unsigned n = 60; n <= 70; ++n)
    for (unsigned k = 1; k < n; k += 11) CHECK(binomialBig(n, k) == binomialBig(n - 1, k - 1) + binomialBig(n - 1, k));
  // (a + b)^2 == a^2 + 2ab + b^2 for big a, b
  BigUInt a = factorialBig(40), b = powBig(7, 60);
  CHECK((a + b) * (a + b) == a * a + BigUInt(2) * a * b + b * b);
  CHECK((a * b - a) == a * (b - BigUInt(1)));
  return 0;
}
