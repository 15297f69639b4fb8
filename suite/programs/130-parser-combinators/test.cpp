#include "check.h"
#include "solution.hpp"
#include <map>
#include <string>
#include <vector>

int main() {
  PResult r = charP('a')("abc", 0);
  CHECK(r.ok && r.pos == 1 && r.text == "a");
  CHECK(!charP('a')("abc", 1).ok);
  CHECK(!charP('a')("", 0).ok);
  r = integerP()("-123x", 0);
  CHECK(r.ok && r.num == -123 && r.pos == 4);
  CHECK(!integerP()("-x", 0).ok);
  CHECK(!integerP()("1234567890123456789", 0).ok);
  CHECK(integerP()("999999999999999999", 0).num == 999999999999999999LL);
  r = identP()("foo_1 = 2", 0);
  CHECK(r.ok && r.text == "foo_1" && r.pos == 5);
  CHECK(!identP()("1abc", 0).ok);
  r = token(integerP())("   42   ;", 0);
  CHECK(r.ok && r.num == 42 && r.pos == 8);
  r = alt(charP('x'), charP('y'))("yes", 0);
  CHECK(r.ok && r.text == "y");
  r = sepBy(integerP(), charP('+'))("1+2+3+", 0);
  CHECK(r.ok && r.pos == 5);
  CHECK((r.list == std::vector<long long>{1, 2, 3}));
  r = sepBy(integerP(), charP(','))("abc", 0);
  CHECK(r.ok && r.pos == 0 && r.list.empty());
  r = mapNum(integerP(), [](const PResult& p) { return p.num * 2; })("21", 0);
  CHECK(r.ok && r.num == 42);

  std::vector<long long> v;
  CHECK(parseIntList("[1, -2, 3]", v));
  CHECK((v == std::vector<long long>{1, -2, 3}));
  CHECK(parseIntList("  [ ]  ", v) && v.empty());
  CHECK(parseIntList("[7]", v) && v.size() == 1 && v[0] == 7);
  v = {99};
  CHECK(!parseIntList("[1, 2,]", v));
  CHECK(!parseIntList("[1 2]", v));
  CHECK(!parseIntList("1, 2", v));
  CHECK(!parseIntList("[1, 2] x", v));
  CHECK(!parseIntList("", v));
  CHECK(v.size() == 1 && v[0] == 99);
  std::string longList = "[";
  for (int i = 0; i < 200; ++i) longList += (i ? ", " : "") + std::to_string(i * i - 100);
  longList += "]";
  CHECK(parseIntList(longList, v));
  CHECK(v.size() == 200 && v[0] == -100 && v[199] == 199 * 199 - 100);

  std::map<std::string, long long> m;
  CHECK(parseAssignments("a = 1; bee=-20 ;c_3 = 300;", m));
  CHECK(m.size() == 3 && m["a"] == 1 && m["bee"] == -20 && m["c_3"] == 300);
  CHECK(parseAssignments("x=1; x=2;", m) && m.size() == 1 && m["x"] == 2);
  CHECK(parseAssignments("   ", m) && m.empty());
  CHECK(!parseAssignments("x = ;", m));
  CHECK(!parseAssignments("x = 1", m));
  CHECK(!parseAssignments("1x = 1;", m));
  CHECK(!parseAssignments("x == 1;", m));

  long long total = -1;
  CHECK(sumNested("[1, [2, 3], [], [[4]]]", total) && total == 10);
  CHECK(sumNested("5", total) && total == 5);
  CHECK(sumNested(" [ ] ", total) && total == 0);
  CHECK(sumNested("[[[[[-1]]]], 1, [[2, [3]]]]", total) && total == 5);
  total = 77;
  CHECK(!sumNested("[1, [2, 3]", total));
  CHECK(!sumNested("[1,, 2]", total));
  CHECK(!sumNested("[a]", total));
  CHECK(total == 77);
  std::string deep;
  for (int i = 0; i < 30; ++i) deep += "[" + std::to_string(i) + ", ";
  deep += "0";
  for (int i = 0; i < 30; ++i) deep += "]";
  CHECK(sumNested(deep, total) && total == 435);
  return 0;
}
