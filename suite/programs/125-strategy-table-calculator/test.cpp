#include "check.h"
#include "solution.hpp"
#include <map>
#include <string>
#include <vector>

static long long ev(const Calculator& c, const std::string& e) {
  long long v = -999999;
  CHECK(c.evaluate(e, v));
  return v;
}

int main() {
  Calculator c;
  CHECK(ev(c, "1 + 2 * 3") == 7);
  CHECK(ev(c, "(1 + 2) * 3") == 9);
  CHECK(ev(c, "10 - 4 - 3") == 3);
  CHECK(ev(c, "100 / 10 / 5") == 2);
  CHECK(ev(c, "2 ^ 3 ^ 2") == 512);
  CHECK(ev(c, "-2 ^ 2") == -4);
  CHECK(ev(c, "(-2) ^ 2") == 4);
  CHECK(ev(c, "-7 / 2") == -3);
  CHECK(ev(c, "-7 % 3") == -1);
  CHECK(ev(c, "7 % -1") == 0);
  CHECK(ev(c, "2 * -3") == -6);
  CHECK(ev(c, "--5") == 5);
  CHECK(ev(c, "  42  ") == 42);
  CHECK(ev(c, "2^0") == 1);
  CHECK(ev(c, "min(3, 9) + max(3, 9)") == 12);
  CHECK(ev(c, "abs(-17) * gcd(84, -36)") == 204);
  CHECK(ev(c, "sum(1, 2, 3, 4, 5)") == 15);
  CHECK(ev(c, "sum(max(1, 2), min(-1, -2) ^ 2, (3))") == 9);

  long long v = 123;
  CHECK(!c.evaluate("1 / 0", v));
  CHECK(!c.evaluate("5 % 0", v));
  CHECK(!c.evaluate("2 ^ -1", v));
  CHECK(!c.evaluate("min(1)", v));
  CHECK(!c.evaluate("sum()", v));
  CHECK(!c.evaluate("nope(1)", v));
  CHECK(!c.evaluate("(1 + 2", v));
  CHECK(!c.evaluate("1 + ", v));
  CHECK(!c.evaluate("", v));
  CHECK(!c.evaluate("3 3", v));
  CHECK(!c.evaluate("x + 1", v));
  CHECK(!c.evaluate("max(1 2)", v));
  CHECK(v == 123);  // failures leave the output untouched

  // user-supplied strategies: callbacks defined in this translation unit
  int calls = 0;
  c.addFunction("fact", 1, [&calls](const std::vector<long long>& a, long long& r) {
    ++calls;
    if (a[0] < 0 || a[0] > 20) return false;
    r = 1;
    for (long long k = 2; k <= a[0]; ++k) r *= k;
    return true;
  });
  c.addFunction("avg", -1, [](const std::vector<long long>& a, long long& r) {
    long long s = 0;
    for (long long x : a) s += x;
    r = s / static_cast<long long>(a.size());
    return true;
  });
  CHECK(c.hasFunction("fact") && c.hasFunction("gcd") && !c.hasFunction("sqrt"));
  CHECK(ev(c, "fact(5) / fact(3)") == 20);
  CHECK(calls == 2);
  CHECK(!c.evaluate("fact(21)", v));
  CHECK(ev(c, "fact(20)") == 2432902008176640000LL);
  CHECK(ev(c, "avg(1, 2, 3, 10)") == 4);
  c.addFunction("min", 3, [](const std::vector<long long>& a, long long& r) {
    r = a[0];
    for (long long x : a) r = x < r ? x : r;
    return true;
  });
  CHECK(ev(c, "min(5, 2, 8)") == 2);
  CHECK(!c.evaluate("min(5, 2)", v));

  std::map<std::string, long long> vars{{"x", 3}, {"y", -4}, {"rate_2", 10}};
  CHECK(c.evaluateWith("x^2 + y^2", vars, v) && v == 25);
  CHECK(c.evaluateWith("rate_2 * (x - y)", vars, v) && v == 70);
  CHECK(c.evaluateWith("max(x, y) - abs(y)", vars, v) && v == -1);
  CHECK(!c.evaluateWith("z", vars, v));
  for (long long a = -6; a <= 6; ++a)
    for (long long b = 1; b <= 5; ++b) {
      std::map<std::string, long long> ab{{"a", a}, {"b", b}};
      CHECK(c.evaluateWith("a / b * b + a % b", ab, v) && v == a);
      CHECK(c.evaluateWith("(a + b) ^ 2 - (a ^ 2 + 2 * a * b + b ^ 2)", ab, v) && v == 0);
    }
  return 0;
}
