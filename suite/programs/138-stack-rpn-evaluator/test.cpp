#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
bool ev(const char* e, long long expect) {
  long long r = 12345;
  return eval_rpn_string(e, r) && r == expect;
}
bool bad(const char* e) {
  long long r = 777;
  return !eval_rpn_string(e, r) && r == 777;
}
unsigned s = 4242u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
}  // namespace

int main() {
  CHECK(tokenize("").empty());
  CHECK(tokenize("   ").empty());
  CHECK(tokenize(" 1  2 +") == std::vector<std::string>({"1", "2", "+"}));

  CHECK(ev("42", 42));
  CHECK(ev("-17", -17));
  CHECK(ev("2 1 + 3 *", 9));
  CHECK(ev("4 13 5 / +", 6));
  CHECK(ev("10 6 9 3 + -11 * / * 17 + 5 +", 22));
  CHECK(ev("7 -2 /", -3));
  CHECK(ev("-7 2 %", -1));
  CHECK(ev("7 -2 %", 1));
  CHECK(ev("5 neg 3 -", -8));
  CHECK(ev("3 dup *", 9));
  CHECK(ev("1 2 swap -", 1));
  CHECK(ev("9223372036854775807", LLONG_MAX));
  CHECK(ev("-9223372036854775808", LLONG_MIN));
  CHECK(ev("-9223372036854775807 1 -", LLONG_MIN));
  CHECK(ev("3037000499 dup *", 9223372030926249001LL));

  CHECK(bad(""));
  CHECK(bad("+"));
  CHECK(bad("1 +"));
  CHECK(bad("1 2"));
  CHECK(bad("1 0 /"));
  CHECK(bad("1 0 %"));
  CHECK(bad("1 x +"));
  CHECK(bad("-"));
  CHECK(bad("1 2 ^"));
  CHECK(bad("12a"));
  CHECK(bad("9223372036854775808"));
  CHECK(bad("9223372036854775807 1 +"));
  CHECK(bad("-9223372036854775808 1 -"));
  CHECK(bad("-9223372036854775808 -1 /"));
  CHECK(bad("-9223372036854775808 neg"));
  CHECK(bad("3037000500 dup *"));
  CHECK(bad("dup"));
  CHECK(bad("1 swap"));

  // Random left-folded expressions over small ints, compared to direct evaluation.
  for (int iter = 0; iter < 300; ++iter) {
    long long acc = static_cast<long long>(rnd() % 201) - 100;
    std::string e = std::to_string(acc);
    int terms = static_cast<int>(rnd() % 6);
    for (int i = 0; i < terms; ++i) {
      long long v = static_cast<long long>(rnd() % 21) - 10;
      if (v == 0) v = 3;
      e += " " + std::to_string(v);
      switch (rnd() % 4) {
        case 0: e += " +"; acc += v; break;
        case 1: e += " -"; acc -= v; break;
        case 2: e += " *"; acc *= v; break;
        default: e += " /"; acc /= v; break;
      }
    }
    long long r = 0;
    CHECK(eval_rpn_string(e, r));
    CHECK(r == acc);
  }
  return 0;
}
