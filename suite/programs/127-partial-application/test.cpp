#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  Fn2 sub = [](long long a, long long b) { return a - b; };
  Fn2 add = [](long long a, long long b) { return a + b; };
  Fn3 vol = [](long long a, long long b, long long c) { return a * b * c + a; };

  CHECK(curry2(sub)(10)(3) == 7);
  auto minus10 = curry2(sub)(10);
  CHECK(minus10(0) == 10 && minus10(15) == -5);
  CHECK(curry3(vol)(2)(3)(4) == 26);
  auto partial = curry3(vol)(5);
  CHECK(partial(1)(1) == 10);
  CHECK(partial(0)(100) == 5);
  CHECK(uncurry2(curry2(sub))(8, 20) == -12);

  CHECK(bindFirst(sub, 100)(1) == 99);
  CHECK(bindSecond(sub, 100)(1) == -99);
  CHECK(flip(sub)(1, 100) == 99);
  CHECK(flip(flip(sub))(1, 100) == -99);
  for (long long a = -5; a <= 5; ++a)
    for (long long b = -5; b <= 5; ++b) {
      CHECK(flip(sub)(a, b) == sub(b, a));
      CHECK(uncurry2(curry2(add))(a, b) == a + b);
      CHECK(bindFirst(sub, a)(b) == bindSecond(flip(sub), a)(b));
    }

  Fn1 f = affine(3, -2);
  CHECK(f(0) == -2 && f(5) == 13 && f(-4) == -14);
  Fn1 g = affine(-1, 10);
  CHECK(g(f(2)) == 6);

  Fn1 p = polynomial({2, 0, -3, 1});  // 2x^3 - 3x + 1
  CHECK(p(0) == 1);
  CHECK(p(2) == 11);
  CHECK(p(-2) == -9);
  CHECK((polynomial({})(7) == 0));
  CHECK((polynomial({5})(123) == 5));
  Fn1 binom = polynomial({1, 4, 6, 4, 1});  // (x + 1)^4
  for (long long x = -10; x <= 10; ++x) CHECK(binom(x) == (x + 1) * (x + 1) * (x + 1) * (x + 1));

  auto greet = bindTemplate("Hello, {0}! You are {1}. {0} again, {2}.", {"Ada"});
  CHECK((greet({"36", "bye"}) == "Hello, Ada! You are 36. Ada again, bye."));
  CHECK((greet({}) == "Hello, Ada! You are {1}. Ada again, {2}."));
  auto lit = bindTemplate("{x} {} {12} {3", {});
  CHECK((lit({}) == "{x} {} {12} {3"));
  auto many = bindTemplate("{10}{0}", {"a", "b", "c", "d", "e"});
  CHECK((many({"f", "g", "h", "i", "j", "K"}) == "Ka"));
  return 0;
}
