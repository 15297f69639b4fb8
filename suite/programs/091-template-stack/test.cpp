#include "check.h"
#include "solution.hpp"
#include <string>

int main() {
  FixedStack<int, 4> s;
  CHECK(s.empty());
  CHECK(!s.full());
  CHECK((FixedStack<int, 4>::capacity() == 4));
  int x = -1;
  CHECK(!s.pop(x));
  CHECK(!s.peek(x));
  CHECK(x == -1);
  for (int i = 1; i <= 4; ++i) CHECK(s.push(i * 10));
  CHECK(s.full());
  CHECK(!s.push(50));
  CHECK(s.size() == 4);
  CHECK(s.peek(x) && x == 40);
  CHECK(s.pop(x) && x == 40);
  CHECK(s.pop(x) && x == 30);
  CHECK(s.size() == 2);
  CHECK(s.push(7));
  CHECK(s.pop(x) && x == 7);
  CHECK(s.pop(x) && x == 20);
  CHECK(s.pop(x) && x == 10);
  CHECK(s.empty());

  FixedStack<double, 8> d;
  double sum = 0;
  for (int i = 0; i < 10; ++i) d.push(i * 0.5);
  CHECK(d.size() == 8);
  double v;
  while (d.pop(v)) sum += v;
  CHECK_NEAR(sum, 14.0, 1e-12);

  long long r = 0;
  CHECK(evalRpn("3 4 +", r) && r == 7);
  CHECK(evalRpn("5 1 2 + 4 * + 3 -", r) && r == 14);
  CHECK(evalRpn("2 3 4 * +", r) && r == 14);
  CHECK(evalRpn("  10   3 % ", r) && r == 1);
  CHECK(evalRpn("-7 2 /", r) && r == -3);
  CHECK(evalRpn("-7 2 %", r) && r == -1);
  CHECK(evalRpn("42", r) && r == 42);
  CHECK(evalRpn("0 5 -", r) && r == -5);
  CHECK(evalRpn("100000 100000 *", r) && r == 10000000000LL);
  CHECK(!evalRpn("1 0 /", r));
  CHECK(!evalRpn("1 +", r));
  CHECK(!evalRpn("1 2", r));
  CHECK(!evalRpn("", r));
  CHECK(!evalRpn("1 2 ^", r));
  CHECK(!evalRpn("1 2 ++", r));
  // 33 operands overflow the 32-slot stack
  std::string big;
  for (int i = 0; i < 33; ++i) big += "1 ";
  CHECK(!evalRpn(big, r));
  std::string ok;
  for (int i = 0; i < 32; ++i) ok += "1 ";
  for (int i = 0; i < 31; ++i) ok += "+ ";
  CHECK(evalRpn(ok, r) && r == 32);

  CHECK(bracketsBalanced(""));
  CHECK(bracketsBalanced("a(b[c]{d})e"));
  CHECK(bracketsBalanced("{[()()]}"));
  CHECK(!bracketsBalanced("(]"));
  CHECK(!bracketsBalanced("(()"));
  CHECK(!bracketsBalanced(")("));
  CHECK(!bracketsBalanced("{[}]"));
  std::string deep64(64, '('), deep65(65, '(');
  deep64 += std::string(64, ')');
  deep65 += std::string(65, ')');
  CHECK(bracketsBalanced(deep64));
  CHECK(!bracketsBalanced(deep65));
  return 0;
}
