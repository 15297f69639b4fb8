#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
typedef std::vector<std::string> VS;
}

int main() {
  CHECK(fizzbuzz(0).empty());
  CHECK(fizzbuzz(-3).empty());
  CHECK(fizzbuzz(1) == VS({"1"}));
  CHECK(fizzbuzz(15) == VS({"1", "2", "Fizz", "4", "Buzz", "Fizz", "7", "8", "Fizz", "Buzz", "11", "Fizz",
                            "13", "14", "FizzBuzz"}));
  {
    VS v = fizzbuzz(100);
    CHECK(v.size() == 100);
    CHECK(v[98] == "Fizz");
    CHECK(v[99] == "Buzz");
    CHECK(v[89] == "FizzBuzz");
    CHECK(v[96] == "97");
    long long f = 0, b = 0, fb = 0, num = 0;
    fizzbuzz_counts(100, f, b, fb, num);
    long long cf = 0, cb = 0, cfb = 0, cn = 0;
    for (const std::string& w : v) {
      if (w == "Fizz") ++cf;
      else if (w == "Buzz") ++cb;
      else if (w == "FizzBuzz") ++cfb;
      else ++cn;
    }
    CHECK(f == cf && b == cb && fb == cfb && num == cn);
    CHECK(f == 27 && b == 14 && fb == 6 && num == 53);
  }
  for (int n = 0; n <= 200; n += 7) {
    VS v = fizzbuzz(n);
    long long f = 0, b = 0, fb = 0, num = 0;
    fizzbuzz_counts(n, f, b, fb, num);
    long long cf = 0, cb = 0, cfb = 0, cn = 0;
    for (const std::string& w : v) {
      if (w == "Fizz") ++cf;
      else if (w == "Buzz") ++cb;
      else if (w == "FizzBuzz") ++cfb;
      else ++cn;
    }
    CHECK(f == cf && b == cb && fb == cfb && num == cn);
  }
  {
    long long f = 0, b = 0, fb = 0, num = 0;
    fizzbuzz_counts(LLONG_MAX, f, b, fb, num);
    CHECK(f + b + fb + num == LLONG_MAX);
    CHECK(fb == LLONG_MAX / 15);
  }
  std::vector<std::pair<long long, std::string>> rules = {{3, "Fizz"}, {5, "Buzz"}, {7, "Bazz"}};
  CHECK(fizzbuzz_rules(100, 106, rules) == VS({"Buzz", "101", "Fizz", "103", "104", "FizzBuzzBazz", "106"}));
  CHECK(fizzbuzz_rules(-6, -3, rules) == VS({"Fizz", "Buzz", "-4", "Fizz"}));
  CHECK(fizzbuzz_rules(0, 0, rules) == VS({"FizzBuzzBazz"}));
  CHECK(fizzbuzz_rules(5, 4, rules).empty());
  CHECK(fizzbuzz_rules(1, 3, {}) == VS({"1", "2", "3"}));
  CHECK(fizzbuzz_rules(LLONG_MAX - 1, LLONG_MAX, {{2, "Even"}}) ==
        VS({"Even", "9223372036854775807"}));
  CHECK(fizzbuzz_rules(1, 15, {{3, "Fizz"}, {5, "Buzz"}}) == fizzbuzz(15));
  return 0;
}
