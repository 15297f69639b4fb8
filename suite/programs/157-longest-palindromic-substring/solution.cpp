#include "solution.hpp"

#include <vector>

// Grows the palindrome s[l, r) outwards while the characters around it match; returns its
// final length and writes its start.
static std::size_t expand(const std::string& s, std::size_t l, std::size_t r, std::size_t& start) {
  while (l > 0 && r < s.size() && s[l - 1] == s[r]) {
    --l;
    ++r;
  }
  start = l;
  return r - l;
}

std::string longest_palindrome(const std::string& s) {
  std::size_t best_start = 0, best_len = 0;
  for (std::size_t c = 0; c < s.size(); ++c) {
    std::size_t st = 0;
    // Even centre between c-1 and c, grown from the empty string s[c, c).
    std::size_t len = expand(s, c, c, st);
    if (len > best_len || (len == best_len && st < best_start)) {
      best_len = len;
      best_start = st;
    }
    // Odd centre at c, grown from s[c, c+1).
    len = expand(s, c, c + 1, st);
    if (len > best_len || (len == best_len && st < best_start)) {
      best_len = len;
      best_start = st;
    }
  }
  return s.substr(best_start, best_len);
}

void longest_palindrome_manacher(const std::string& s, std::size_t& start, std::size_t& length) {
  // Virtual string t of 2n+1 symbols: separators (-1) at even positions, s[i] at 2i+1.
  std::size_t n = s.size();
  std::size_t m = 2 * n + 1;
  std::vector<std::size_t> rad(m, 0);
  std::size_t centre = 0, right = 0;  // rightmost palindrome [centre - rad, centre + rad]
  auto at = [&](std::size_t i) -> int { return (i % 2 == 0) ? -1 : static_cast<unsigned char>(s[i / 2]); };
  start = 0;
  length = 0;
  for (std::size_t i = 0; i < m; ++i) {
    std::size_t r = 0;
    if (i < right) {
      std::size_t mirror = 2 * centre - i;
      r = rad[mirror] < right - i ? rad[mirror] : right - i;
    }
    while (i >= r + 1 && i + r + 1 < m && at(i - r - 1) == at(i + r + 1)) ++r;
    rad[i] = r;
    if (i + r > right) {
      centre = i;
      right = i + r;
    }
    // In t, radius r around i corresponds to a palindrome of length r in s starting at (i-r)/2.
    if (r > length) {
      length = r;
      start = (i - r) / 2;
    }
  }
}

unsigned long long count_palindromic_substrings(const std::string& s) {
  unsigned long long total = 0;
  for (std::size_t c = 0; c < s.size(); ++c) {
    std::size_t st = 0;
    std::size_t odd = expand(s, c, c + 1, st);  // odd length 2k+1 holds k+1 nested palindromes
    total += (odd + 1) / 2;
    std::size_t even = expand(s, c, c, st);     // even length 2k holds k nested palindromes
    total += even / 2;
  }
  return total;
}

std::size_t longest_palindromic_subsequence(const std::string& s) {
  std::size_t n = s.size();
  if (n == 0) return 0;
  std::vector<std::vector<std::size_t>> dp(n, std::vector<std::size_t>(n, 0));
  for (std::size_t i = n; i-- > 0;) {
    dp[i][i] = 1;
    for (std::size_t j = i + 1; j < n; ++j) {
      if (s[i] == s[j]) dp[i][j] = (j == i + 1 ? 0 : dp[i + 1][j - 1]) + 2;
      else dp[i][j] = dp[i + 1][j] > dp[i][j - 1] ? dp[i + 1][j] : dp[i][j - 1];
    }
  }
  return dp[0][n - 1];
}

bool is_sentence_palindrome(const std::string& s) {
  std::string t;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') t += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) t += c;
  }
  for (std::size_t i = 0, j = t.size(); i < j; ++i) {
    --j;
    if (i < j && t[i] != t[j]) return false;
  }
  return true;
}
