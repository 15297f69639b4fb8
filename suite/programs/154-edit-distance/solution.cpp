#include "solution.hpp"

#include <algorithm>
#include <vector>

std::size_t levenshtein(const std::string& a, const std::string& b) {
  const std::string& longer = a.size() >= b.size() ? a : b;
  const std::string& shorter = a.size() >= b.size() ? b : a;
  std::vector<std::size_t> prev(shorter.size() + 1), cur(shorter.size() + 1);
  for (std::size_t j = 0; j <= shorter.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= longer.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= shorter.size(); ++j) {
      std::size_t cost = longer[i - 1] == shorter[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
    }
    std::swap(prev, cur);
  }
  return prev[shorter.size()];
}

std::size_t osa_distance(const std::string& a, const std::string& b) {
  std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

long long weighted_edit_distance(const std::string& a, const std::string& b, long long ins, long long del, long long sub) {
  std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<long long>> d(n + 1, std::vector<long long>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<long long>(i) * del;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<long long>(j) * ins;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      long long diag = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : sub);
      d[i][j] = std::min({d[i - 1][j] + del, d[i][j - 1] + ins, diag});
    }
  return d[n][m];
}

std::string edit_script(const std::string& a, const std::string& b) {
  std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j)
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
  std::string ops;
  std::size_t i = n, j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) {
      ops += a[i - 1] == b[j - 1] ? 'M' : 'S';
      --i;
      --j;
    } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
      ops += 'D';
      --i;
    } else {
      ops += 'I';
      --j;
    }
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

bool one_edit_apart(const std::string& a, const std::string& b) {
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& t = a.size() <= b.size() ? b : a;
  if (t.size() - s.size() > 1) return false;
  std::size_t i = 0;
  while (i < s.size() && s[i] == t[i]) ++i;
  if (s.size() == t.size()) {
    if (i == s.size()) return false;  // identical
    return s.compare(i + 1, std::string::npos, t, i + 1, std::string::npos) == 0;
  }
  return s.compare(i, std::string::npos, t, i + 1, std::string::npos) == 0;
}
