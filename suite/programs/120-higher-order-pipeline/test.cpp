#include "check.h"
#include "solution.hpp"
#include <vector>

int main() {
  IntFn inc = [](long long x) { return x + 1; };
  IntFn dbl = [](long long x) { return x * 2; };
  IntFn sq = [](long long x) { return x * x; };
  CHECK(compose(inc, dbl)(5) == 11);
  CHECK(compose(dbl, inc)(5) == 12);
  CHECK((composeAll({})(42) == 42));
  CHECK((composeAll({sq, inc, dbl})(3) == 49));  // sq(inc(dbl(3)))
  CHECK(repeat(dbl, 10)(1) == 1024);
  CHECK(repeat(inc, 0)(7) == 7);
  CHECK(repeat(compose(inc, dbl), 3)(0) == 7);

  std::vector<long long> v;
  for (long long i = -5; i <= 10; ++i) v.push_back(i);
  CHECK((mapVec({1, 2, 3}, sq) == std::vector<long long>{1, 4, 9}));
  CHECK((mapVec({}, sq).empty()));
  Pred even = [](long long x) { return x % 2 == 0; };
  Pred positive = [](long long x) { return x > 0; };
  Pred big = [](long long x) { return x > 7; };
  CHECK((filterVec(v, allOf({even, positive})) == std::vector<long long>{2, 4, 6, 8, 10}));
  CHECK((filterVec(v, anyOf({big, negate(positive)})) ==
         std::vector<long long>{-5, -4, -3, -2, -1, 0, 8, 9, 10}));
  CHECK((filterVec(v, anyOf({})).empty()));
  CHECK((filterVec(v, allOf({})).size() == v.size()));
  CHECK((reduceVec(v, 0, [](long long a, long long b) { return a + b; }) == 40));
  CHECK((reduceVec({1, 2, 3, 4, 5}, 1, [](long long a, long long b) { return a * b; }) == 120));
  CHECK((reduceVec({3, 9, 2}, -100, [](long long a, long long b) { return a > b ? a : b; }) == 9));

  CHECK(sumMappedFiltered(v, even, sq) == 16 + 4 + 0 + 4 + 16 + 36 + 64 + 100);
  long long ref = 0;
  for (long long x = 1; x <= 1000; ++x)
    if (x % 3 == 0 || x % 5 == 0) ref += x * 2;
  std::vector<long long> r1000;
  for (long long x = 1; x <= 1000; ++x) r1000.push_back(x);
  CHECK(sumMappedFiltered(r1000, anyOf({[](long long x) { return x % 3 == 0; }, [](long long x) { return x % 5 == 0; }}),
                          dbl) == ref);

  IntFn p = parsePipeline("add 3|mul 2|square|neg");
  CHECK(static_cast<bool>(p));
  CHECK(p(1) == -64);
  CHECK(p(-3) == 0);
  IntFn q = parsePipeline("mul -7|mod 5");
  CHECK(q(3) == 4);   // -21 mod 5 = 4
  CHECK(q(-1) == 2);  // 7 mod 5
  CHECK(parsePipeline("abs")(-9) == 9);
  CHECK(!parsePipeline("add"));
  CHECK(!parsePipeline("pow 2"));
  CHECK(!parsePipeline("square 2"));
  CHECK(!parsePipeline("mod 0"));
  CHECK(!parsePipeline("add 1||mul 2"));
  // composition is associative
  for (long long x = -20; x <= 20; ++x) {
    CHECK(compose(compose(sq, inc), dbl)(x) == compose(sq, compose(inc, dbl))(x));
    CHECK((parsePipeline("mul 2|add 1|square")(x) == composeAll({sq, inc, dbl})(x)));
  }
  return 0;
}
