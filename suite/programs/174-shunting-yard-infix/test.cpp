#include "check.h"
#include "solution.hpp"

#include <cmath>

namespace {
unsigned s = 271u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}

// Reference: recursive-descent parser evaluating directly.
//   expr  := term (('+'|'-') term)*
//   term  := unary (('*'|'/'|'%') unary)*
//   unary := '-' unary | power
//   power := primary ('^' unary)?
//   primary := number | '(' expr ')'
// Status: 0 ok, 1 error, 2 skipped (an intermediate result left the safe range).
struct Parser {
  std::string str;
  std::size_t pos;
  int status;
  void skip_spaces() {
    while (pos < str.size() && str[pos] == ' ') ++pos;
  }
  bool peek(char c) {
    skip_spaces();
    return pos < str.size() && str[pos] == c;
  }
  void fail(int st) {
    if (status == 0) status = st;
  }
  // True if an exact result of about `approx` is safe to compute; marks the case skipped if not.
  bool safe(double approx) {
    if (std::fabs(approx) > 1e17) fail(2);
    return status == 0;
  }
  long long primary() {
    skip_spaces();
    if (peek('(')) {
      ++pos;
      long long v = expr();
      if (!peek(')')) {
        fail(1);
        return 0;
      }
      ++pos;
      return v;
    }
    if (pos >= str.size() || str[pos] < '0' || str[pos] > '9') {
      fail(1);
      return 0;
    }
    long long v = 0;
    while (pos < str.size() && str[pos] >= '0' && str[pos] <= '9') {
      v = v * 10 + (str[pos] - '0');
      ++pos;
      if (v > 1000000000000LL) fail(2);
      if (status) return 0;
    }
    return v;
  }
  long long power() {
    long long base = primary();
    if (status) return 0;
    if (peek('^')) {
      ++pos;
      long long e = unary();
      if (status) return 0;
      if (e < 0) {
        fail(1);
        return 0;
      }
      if (base == 0) return e == 0 ? 1 : 0;
      if (base == 1) return 1;
      if (base == -1) return e % 2 == 0 ? 1 : -1;
      long long acc = 1;
      for (long long k = 0; k < e; ++k) {
        if (!safe(static_cast<double>(acc) * static_cast<double>(base))) return 0;
        acc *= base;
      }
      return acc;
    }
    return base;
  }
  long long unary() {
    if (peek('-')) {
      ++pos;
      long long v = unary();
      return status ? 0 : -v;
    }
    return power();
  }
  long long term() {
    long long v = unary();
    while (status == 0 && (peek('*') || peek('/') || peek('%'))) {
      char op = str[pos++];
      long long r = unary();
      if (status) return 0;
      if (op == '*') {
        if (!safe(static_cast<double>(v) * static_cast<double>(r))) return 0;
        v *= r;
      } else if (r == 0) {
        fail(1);
      } else {
        v = op == '/' ? v / r : v % r;
      }
    }
    return v;
  }
  long long expr() {
    long long v = term();
    while (status == 0 && (peek('+') || peek('-'))) {
      char op = str[pos++];
      long long r = term();
      if (status) return 0;
      if (!safe(static_cast<double>(v) + (op == '+' ? 1.0 : -1.0) * static_cast<double>(r))) return 0;
      v = op == '+' ? v + r : v - r;
    }
    return v;
  }
};

int reference(const std::string& e, long long& value) {
  Parser p{e, 0, 0};
  value = p.expr();
  p.skip_spaces();
  if (p.status == 0 && p.pos != e.size()) p.status = 1;
  return p.status;
}

std::string gen(int depth) {
  unsigned pick = rnd() % 10;
  if (depth == 0 || pick < 3) return std::to_string(rnd() % 13);
  if (pick == 3) return "(" + gen(depth - 1) + ")";
  if (pick == 4) return "-" + gen(depth - 1);
  const char ops[] = "+-*/%^+-*";
  char op = ops[rnd() % 9];
  std::string sp = (rnd() % 2) ? " " : "";
  return gen(depth - 1) + sp + op + sp + gen(depth - 1);
}

bool ev(const char* e, long long expect) {
  long long r = 0;
  return evaluate_infix(e, r) && r == expect;
}
bool bad(const char* e) {
  long long r = 42;
  return !evaluate_infix(e, r) && r == 42;
}
bool post(const char* e, const char* expect) {
  std::string p;
  return infix_to_postfix(e, p) && p == expect;
}
}  // namespace

int main() {
  CHECK(post("1 + 2 * 3", "1 2 3 * +"));
  CHECK(post("(1 + 2) * 3", "1 2 + 3 *"));
  CHECK(post("2 ^ 3 ^ 2", "2 3 2 ^ ^"));
  CHECK(post("10 - 4 - 3", "10 4 - 3 -"));
  CHECK(post("-2^2", "2 2 ^ neg"));
  CHECK(post("-3*2", "3 neg 2 *"));
  CHECK(post("2*-3", "2 3 neg *"));
  CHECK(ev("1 + 2 * 3", 7));
  CHECK(ev("(1 + 2) * 3", 9));
  CHECK(ev("10 - 4 - 3", 3));
  CHECK(ev("2 ^ 3 ^ 2", 512));
  CHECK(ev("-2^2", -4));
  CHECK(ev("(-2)^2", 4));
  CHECK(ev("--3", 3));
  CHECK(ev("7 / -2", -3));
  CHECK(ev("-7 % 3", -1));
  CHECK(ev("0^0", 1));
  CHECK(ev("(-1)^1000000000000", 1));
  CHECK(ev("1^999999999999", 1));
  CHECK(ev("2^62", 4611686018427387904LL));
  CHECK(bad("-2^63"));
  CHECK(ev("-(2^62) * 2", -9223372036854775807LL - 1));
  CHECK(ev("9223372036854775807", 9223372036854775807LL));
  CHECK(ev("  42  ", 42));
  CHECK(ev("((((7))))", 7));
  CHECK(bad(""));
  CHECK(bad("   "));
  CHECK(bad("1 +"));
  CHECK(bad("* 2"));
  CHECK(bad("(1 + 2"));
  CHECK(bad("1 + 2)"));
  CHECK(bad("()"));
  CHECK(bad("1 2"));
  CHECK(bad("2 (3)"));
  CHECK(bad("1 / 0"));
  CHECK(bad("5 % (3 - 3)"));
  CHECK(bad("2 ^ -1"));
  CHECK(bad("2^63"));
  CHECK(bad("9223372036854775808"));
  CHECK(bad("9223372036854775807 + 1"));
  CHECK(bad("3 $ 4"));
  CHECK(bad("+3"));

  int checked = 0;
  for (int iter = 0; iter < 400; ++iter) {
    std::string e = gen(1 + static_cast<int>(rnd() % 4));
    if (iter % 4 == 3 && !e.empty()) e.erase(rnd() % e.size(), 1);  // mutate to test errors
    long long ref = 0, got = 0;
    int st = reference(e, ref);
    bool ok = evaluate_infix(e, got);
    std::string p;
    if (st == 0) {
      CHECK(ok);
      CHECK(got == ref);
      CHECK(infix_to_postfix(e, p));
      ++checked;
    } else if (st == 1) {
      CHECK(!ok);
    }
  }
  CHECK(checked > 100);
  return 0;
}
