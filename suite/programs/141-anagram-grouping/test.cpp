#include "check.h"
#include "solution.hpp"

namespace {
typedef std::vector<std::string> VS;
unsigned s = 1234567u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference anagram test: repeatedly strike out matching characters.
bool ref_anagram(std::string a, std::string b) {
  if (a.size() != b.size()) return false;
  for (char c : a) {
    std::string::size_type p = b.find(c);
    if (p == std::string::npos) return false;
    b.erase(p, 1);
  }
  return b.empty();
}
}  // namespace

int main() {
  CHECK(is_anagram("", ""));
  CHECK(is_anagram("listen", "silent"));
  CHECK(!is_anagram("rat", "car"));
  CHECK(!is_anagram("aab", "abb"));
  CHECK(!is_anagram("a", "aa"));
  CHECK(group_anagrams({}).empty());
  {
    std::vector<VS> g = group_anagrams({"eat", "tea", "tan", "ate", "nat", "bat"});
    CHECK(g.size() == 3);
    CHECK(g[0] == VS({"eat", "tea", "ate"}));
    CHECK(g[1] == VS({"tan", "nat"}));
    CHECK(g[2] == VS({"bat"}));
  }
  {
    std::vector<VS> g = group_anagrams({"", "", "a", "b", "a"});
    CHECK(g.size() == 3);
    CHECK(g[0] == VS({"", ""}));
    CHECK(g[1] == VS({"a", "a"}));
    CHECK(g[2] == VS({"b"}));
  }
  CHECK(find_anagram_positions("cbaebabacd", "abc") == std::vector<std::size_t>({0, 6}));
  CHECK(find_anagram_positions("abab", "ab") == std::vector<std::size_t>({0, 1, 2}));
  CHECK(find_anagram_positions("ab", "abc").empty());
  CHECK(find_anagram_positions("abc", "").empty());
  CHECK(min_steps_to_anagram("bab", "aba") == 1);
  CHECK(min_steps_to_anagram("leetcode", "practice") == 5);
  CHECK(min_steps_to_anagram("anagram", "mangaar") == 0);
  CHECK(min_steps_to_anagram("ab", "abc") == -1);

  for (int iter = 0; iter < 200; ++iter) {
    std::size_t n = rnd() % 12;
    VS words(n);
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t len = rnd() % 4;
      for (std::size_t j = 0; j < len; ++j) words[i] += static_cast<char>('a' + rnd() % 3);
    }
    std::vector<VS> g = group_anagrams(words);
    std::size_t total = 0;
    for (const VS& grp : g) {
      total += grp.size();
      for (const std::string& w : grp) CHECK(ref_anagram(w, grp[0]));
    }
    CHECK(total == n);
    for (std::size_t i = 0; i < g.size(); ++i)
      for (std::size_t j = i + 1; j < g.size(); ++j) CHECK(!ref_anagram(g[i][0], g[j][0]));
    // Group order = order of first appearance.
    std::size_t gi = 0;
    for (std::size_t i = 0; i < n; ++i) {
      bool seen_before = false;
      for (std::size_t j = 0; j < i; ++j) seen_before = seen_before || ref_anagram(words[i], words[j]);
      if (!seen_before) {
        CHECK(gi < g.size() && g[gi][0] == words[i]);
        ++gi;
      }
    }
    CHECK(gi == g.size());

    std::string text, pat;
    std::size_t tn = rnd() % 15, pn = 1 + rnd() % 3;
    for (std::size_t i = 0; i < tn; ++i) text += static_cast<char>('a' + rnd() % 3);
    for (std::size_t i = 0; i < pn; ++i) pat += static_cast<char>('a' + rnd() % 3);
    std::vector<std::size_t> expect;
    for (std::size_t i = 0; i + pn <= tn; ++i)
      if (ref_anagram(text.substr(i, pn), pat)) expect.push_back(i);
    CHECK(find_anagram_positions(text, pat) == expect);
  }
  return 0;
}
