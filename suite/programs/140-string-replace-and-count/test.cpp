#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 8675309u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference replace_all via character-by-character comparison.
std::string ref_replace(const std::string& str, const std::string& from, const std::string& to) {
  if (from.empty()) return str;
  std::string out;
  std::size_t i = 0;
  while (i < str.size()) {
    bool match = i + from.size() <= str.size();
    for (std::size_t j = 0; match && j < from.size(); ++j) match = str[i + j] == from[j];
    if (match) {
      out += to;
      i += from.size();
    } else {
      out += str[i++];
    }
  }
  return out;
}
std::size_t ref_count(const std::string& str, const std::string& sub) {
  std::size_t c = 0;
  for (std::size_t i = 0; i + sub.size() <= str.size(); ++i)
    if (str.compare(i, sub.size(), sub) == 0) ++c;
  return c;
}
}  // namespace

int main() {
  CHECK(replace_all("", "a", "b") == "");
  CHECK(replace_all("abc", "", "X") == "abc");
  CHECK(replace_all("aaaa", "aa", "b") == "bb");
  CHECK(replace_all("aaa", "aa", "b") == "ba");
  CHECK(replace_all("hello world", "o", "0") == "hell0 w0rld");
  CHECK(replace_all("abcabc", "abc", "") == "");
  CHECK(replace_all("x", "x", "xx") == "xx");
  CHECK(replace_first_n("a.b.c.d", ".", "/", 2) == "a/b/c.d");
  CHECK(replace_first_n("a.b", ".", "/", 0) == "a.b");
  CHECK(count_occurrences("aaaa", "aa", true) == 3);
  CHECK(count_occurrences("aaaa", "aa", false) == 2);
  CHECK(count_occurrences("abc", "", true) == 0);
  CHECK(count_occurrences("", "a", false) == 0);
  CHECK(reverse_words("  the sky  is blue ") == "blue is sky the");
  CHECK(reverse_words("") == "");
  CHECK(reverse_words("one") == "one");
  CHECK(title_case("hELLO wORLD-wide web") == "Hello World-Wide Web");
  CHECK(title_case("") == "");
  CHECK(title_case("123abc x") == "123abc X");
  CHECK(expand_template("Hi %name%, you owe %amt%%%!", "name=Bob&amt=5") == "Hi Bob, you owe 5%!");
  CHECK(expand_template("%unknown% and %x%", "x=1") == "%unknown% and 1");
  CHECK(expand_template("100%", "") == "100%");
  CHECK(expand_template("%a%%b%", "a=1&b=2") == "12");
  CHECK(expand_template("%a%b%", "b=X") == "%aX");

  const char alpha[] = "abc";
  for (int iter = 0; iter < 400; ++iter) {
    std::string t, from, to;
    std::size_t n = rnd() % 12, fn = rnd() % 4, tn = rnd() % 4;
    for (std::size_t i = 0; i < n; ++i) t += alpha[rnd() % 3];
    for (std::size_t i = 0; i < fn; ++i) from += alpha[rnd() % 3];
    for (std::size_t i = 0; i < tn; ++i) to += alpha[rnd() % 3];
    CHECK(replace_all(t, from, to) == ref_replace(t, from, to));
    if (!from.empty()) {
      CHECK(count_occurrences(t, from, true) == ref_count(t, from));
      std::size_t non = count_occurrences(t, from, false);
      CHECK(replace_all(t, from, to).size() + non * from.size() == t.size() + non * to.size());
    }
  }
  return 0;
}
