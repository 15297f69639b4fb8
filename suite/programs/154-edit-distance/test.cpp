#include "check.h"
#include "solution.hpp"

#include <vector>

namespace {
unsigned s = 246810u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference: memoised recursion over suffixes.
std::size_t rec(const std::string& a, const std::string& b, std::size_t i, std::size_t j,
                std::vector<std::vector<long>>& memo) {
  if (i == a.size()) return b.size() - j;
  if (j == b.size()) return a.size() - i;
  long& m = memo[i][j];
  if (m >= 0) return static_cast<std::size_t>(m);
  std::size_t best;
  if (a[i] == b[j]) {
    best = rec(a, b, i + 1, j + 1, memo);
  } else {
    best = 1 + rec(a, b, i + 1, j + 1, memo);
    std::size_t d = 1 + rec(a, b, i + 1, j, memo);
    std::size_t in = 1 + rec(a, b, i, j + 1, memo);
    if (d < best) best = d;
    if (in < best) best = in;
  }
  m = static_cast<long>(best);
  return best;
}
std::size_t ref_lev(const std::string& a, const std::string& b) {
  std::vector<std::vector<long>> memo(a.size() + 1, std::vector<long>(b.size() + 1, -1));
  return rec(a, b, 0, 0, memo);
}
// Apply an edit script and report the result.
bool apply_script(const std::string& a, const std::string& b, const std::string& ops, std::size_t& cost) {
  std::string out;
  std::size_t i = 0, j = 0;
  cost = 0;
  for (char op : ops) {
    if (op == 'M') {
      if (i >= a.size() || j >= b.size() || a[i] != b[j]) return false;
      out += a[i++];
      ++j;
    } else if (op == 'S') {
      if (i >= a.size() || j >= b.size()) return false;
      out += b[j++];
      ++i;
      ++cost;
    } else if (op == 'D') {
      if (i >= a.size()) return false;
      ++i;
      ++cost;
    } else if (op == 'I') {
      if (j >= b.size()) return false;
      out += b[j++];
      ++cost;
    } else {
      return false;
    }
  }
  return i == a.size() && out == b;
}
}  // namespace

int main() {
  CHECK(levenshtein("", "") == 0);
  CHECK(levenshtein("", "abc") == 3);
  CHECK(levenshtein("abc", "") == 3);
  CHECK(levenshtein("kitten", "sitting") == 3);
  CHECK(levenshtein("flaw", "lawn") == 2);
  CHECK(levenshtein("intention", "execution") == 5);
  CHECK(levenshtein("same", "same") == 0);
  CHECK(osa_distance("ca", "ac") == 1);
  CHECK(levenshtein("ca", "ac") == 2);
  CHECK(osa_distance("ca", "abc") == 3);
  CHECK(osa_distance("abcdef", "abdcef") == 1);
  CHECK(weighted_edit_distance("abc", "abd", 1, 1, 5) == 2);
  CHECK(weighted_edit_distance("abc", "abd", 1, 1, 1) == 1);
  CHECK(weighted_edit_distance("", "xyz", 4, 1, 1) == 12);
  CHECK(weighted_edit_distance("xyz", "", 4, 3, 1) == 9);
  CHECK(edit_script("", "") == "");
  CHECK(edit_script("abc", "abc") == "MMM");
  CHECK(one_edit_apart("pale", "ple"));
  CHECK(one_edit_apart("pales", "pale"));
  CHECK(one_edit_apart("pale", "bale"));
  CHECK(!one_edit_apart("pale", "bake"));
  CHECK(!one_edit_apart("abc", "abc"));
  CHECK(one_edit_apart("", "a"));
  CHECK(!one_edit_apart("", "ab"));

  for (int iter = 0; iter < 300; ++iter) {
    std::string a, b;
    std::size_t na = rnd() % 9, nb = rnd() % 9;
    for (std::size_t i = 0; i < na; ++i) a += static_cast<char>('a' + rnd() % 3);
    for (std::size_t i = 0; i < nb; ++i) b += static_cast<char>('a' + rnd() % 3);
    std::size_t d = ref_lev(a, b);
    CHECK(levenshtein(a, b) == d);
    CHECK(levenshtein(b, a) == d);
    std::size_t osa = osa_distance(a, b);
    CHECK(osa <= d);
    CHECK(2 * osa >= d);
    CHECK(weighted_edit_distance(a, b, 1, 1, 1) == static_cast<long long>(d));
    CHECK(weighted_edit_distance(a, b, 1, 1, 2) >= static_cast<long long>(d));
    std::string ops = edit_script(a, b);
    std::size_t cost = 0;
    CHECK(apply_script(a, b, ops, cost));
    CHECK(cost == d);
    CHECK(one_edit_apart(a, b) == (d == 1));
  }
  return 0;
}
