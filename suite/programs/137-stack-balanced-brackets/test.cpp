#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 31337u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference: repeatedly delete adjacent matching pairs (ignoring non-brackets first).
bool ref_balanced(const std::string& in) {
  std::string t;
  for (char c : in)
    if (std::string("()[]{}<>").find(c) != std::string::npos) t += c;
  bool changed = true;
  while (changed) {
    changed = false;
    const char* pairs[] = {"()", "[]", "{}", "<>"};
    for (const char* p : pairs) {
      std::string::size_type pos = t.find(p);
      if (pos != std::string::npos) {
        t.erase(pos, 2);
        changed = true;
      }
    }
  }
  return t.empty();
}
bool ref_parens_ok(const std::string& t) {
  int d = 0;
  for (char c : t) {
    d += c == '(' ? 1 : -1;
    if (d < 0) return false;
  }
  return d == 0;
}
}  // namespace

int main() {
  CHECK(is_balanced(""));
  CHECK(is_balanced("no brackets at all"));
  CHECK(is_balanced("([]{<>})"));
  CHECK(is_balanced("f(a[i], {x: <T>})"));
  CHECK(!is_balanced("("));
  CHECK(!is_balanced(")"));
  CHECK(!is_balanced("(]"));
  CHECK(!is_balanced("([)]"));
  CHECK(first_error_index("([)]") == 2);
  CHECK(first_error_index("ab)") == 2);
  CHECK(first_error_index("x((()") == 1);
  CHECK(first_error_index("{[]}") == -1);
  CHECK(max_depth("") == 0);
  CHECK(max_depth("a(b)c") == 1);
  CHECK(max_depth("(()[({})])") == 4);
  CHECK(max_depth("(()") == -1);
  CHECK(min_insertions_to_balance("") == 0);
  CHECK(min_insertions_to_balance("())") == 1);
  CHECK(min_insertions_to_balance("(((") == 3);
  CHECK(min_insertions_to_balance(")))(((") == 6);
  CHECK(min_insertions_to_balance("()))((") == 4);
  CHECK(longest_valid_parens("") == 0);
  CHECK(longest_valid_parens("(()") == 2);
  CHECK(longest_valid_parens(")()())") == 4);
  CHECK(longest_valid_parens("()(())") == 6);
  CHECK(longest_valid_parens("))))") == 0);

  const char alphabet[] = "()[]{}<>x";
  for (int iter = 0; iter < 400; ++iter) {
    std::size_t n = rnd() % 12;
    std::string t;
    for (std::size_t i = 0; i < n; ++i) t += alphabet[rnd() % 9];
    if (iter % 3 == 0) {  // build a guaranteed balanced string
      t.clear();
      std::string stack;
      for (std::size_t i = 0; i < n; ++i) {
        if (!stack.empty() && rnd() % 2) {
          char o = stack.back();
          stack.pop_back();
          t += o == '(' ? ')' : o == '[' ? ']' : o == '{' ? '}' : '>';
        } else {
          char o = "([{<"[rnd() % 4];
          stack += o;
          t += o;
        }
      }
      while (!stack.empty()) {
        char o = stack.back();
        stack.pop_back();
        t += o == '(' ? ')' : o == '[' ? ']' : o == '{' ? '}' : '>';
      }
      CHECK(is_balanced(t));
    }
    CHECK(is_balanced(t) == ref_balanced(t));
    CHECK((first_error_index(t) == -1) == ref_balanced(t));

    std::string p;
    for (std::size_t i = 0; i < n; ++i) p += (rnd() % 2) ? '(' : ')';
    int best = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
      for (std::size_t len = 2; i + len <= p.size(); len += 2)
        if (ref_parens_ok(p.substr(i, len)) && static_cast<int>(len) > best) best = static_cast<int>(len);
    CHECK(longest_valid_parens(p) == best);
    int need = min_insertions_to_balance(p);
    CHECK(need >= 0 && need <= static_cast<int>(p.size()));
    CHECK((need == 0) == ref_parens_ok(p));
  }
  return 0;
}
