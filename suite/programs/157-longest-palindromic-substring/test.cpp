#include "check.h"
#include "solution.hpp"

#include <vector>

namespace {
unsigned s = 60221u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
bool is_pal(const std::string& t) {
  for (std::size_t i = 0; i < t.size(); ++i)
    if (t[i] != t[t.size() - 1 - i]) return false;
  return true;
}
// Longest palindromic subsequence by brute force over subsets (n <= 9).
std::size_t brute_lps(const std::string& t) {
  std::size_t best = 0;
  for (unsigned mask = 0; mask < (1u << t.size()); ++mask) {
    std::string sub;
    for (std::size_t i = 0; i < t.size(); ++i)
      if (mask >> i & 1u) sub += t[i];
    if (is_pal(sub) && sub.size() > best) best = sub.size();
  }
  return best;
}
}  // namespace

int main() {
  std::size_t st = 99, len = 99;
  CHECK(longest_palindrome("") == "");
  longest_palindrome_manacher("", st, len);
  CHECK(len == 0);
  CHECK(longest_palindrome("a") == "a");
  CHECK(longest_palindrome("babad") == "bab");
  CHECK(longest_palindrome("cbbd") == "bb");
  CHECK(longest_palindrome("abc") == "a");
  CHECK(longest_palindrome("forgeeksskeegfor") == "geeksskeeg");
  CHECK(longest_palindrome("aaaa") == "aaaa");
  longest_palindrome_manacher("forgeeksskeegfor", st, len);
  CHECK(st == 3 && len == 10);
  longest_palindrome_manacher("xabacabad", st, len);
  CHECK(st == 1 && len == 7);
  CHECK(count_palindromic_substrings("") == 0);
  CHECK(count_palindromic_substrings("abc") == 3);
  CHECK(count_palindromic_substrings("aaa") == 6);
  CHECK(longest_palindromic_subsequence("bbbab") == 4);
  CHECK(longest_palindromic_subsequence("cbbd") == 2);
  CHECK(longest_palindromic_subsequence("") == 0);
  CHECK(is_sentence_palindrome("A man, a plan, a canal: Panama"));
  CHECK(!is_sentence_palindrome("race a car"));
  CHECK(is_sentence_palindrome(""));
  CHECK(is_sentence_palindrome(" .,"));
  CHECK(is_sentence_palindrome("No 'x' in Nixon"));
  CHECK(!is_sentence_palindrome("0P"));

  for (int iter = 0; iter < 300; ++iter) {
    std::string t;
    std::size_t n = rnd() % 13;
    unsigned alpha = 1 + rnd() % 3;
    for (std::size_t i = 0; i < n; ++i) t += static_cast<char>('a' + rnd() % alpha);
    std::size_t best_len = 0, best_start = 0;
    unsigned long long count = 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j <= n; ++j)
        if (is_pal(t.substr(i, j - i))) {
          ++count;
          if (j - i > best_len) {
            best_len = j - i;
            best_start = i;
          }
        }
    CHECK(longest_palindrome(t) == t.substr(best_start, best_len));
    longest_palindrome_manacher(t, st, len);
    CHECK(len == best_len);
    CHECK(is_pal(t.substr(st, len)));
    CHECK(count_palindromic_substrings(t) == count);
    if (n <= 9) CHECK(longest_palindromic_subsequence(t) == brute_lps(t));
  }
  return 0;
}
