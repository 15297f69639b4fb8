#include "solution.hpp"
#include <functional>
#include <unordered_map>

std::uint64_t gridPaths(int rows, int cols, const std::vector<std::string>& blocked, std::size_t* calls) {
  std::unordered_map<long long, std::uint64_t> memo;
  auto isBlocked = [&](int r, int c) {
    return r < static_cast<int>(blocked.size()) && c < static_cast<int>(blocked[static_cast<std::size_t>(r)].size()) &&
           blocked[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] == '#';
  };
  std::function<std::uint64_t(int, int)> go = [&](int r, int c) -> std::uint64_t {
    if (r >= rows || c >= cols || isBlocked(r, c)) return 0;
    if (r == rows - 1 && c == cols - 1) return 1;
    long long key = static_cast<long long>(r) * 100000 + c;
    auto it = memo.find(key);
    if (it != memo.end()) return it->second;
    std::uint64_t v = go(r + 1, c) + go(r, c + 1);
    memo.emplace(key, v);
    return v;
  };
  std::uint64_t res = rows > 0 && cols > 0 ? go(0, 0) : 0;
  if (calls) *calls = memo.size();
  return res;
}

std::uint64_t partitions(int n, std::size_t* calls) {
  // p(n, k): partitions of n into parts <= k
  std::unordered_map<long long, std::uint64_t> memo;
  auto p = [&memo](auto& self, int m, int k) -> std::uint64_t {
    if (m == 0) return 1;
    if (m < 0 || k == 0) return 0;
    long long key = static_cast<long long>(m) * 1000 + k;
    auto it = memo.find(key);
    if (it != memo.end()) return it->second;
    std::uint64_t v = self(self, m - k, k) + self(self, m, k - 1);
    memo.emplace(key, v);
    return v;
  };
  std::uint64_t res = n < 0 ? 0 : p(p, n, n);
  if (calls) *calls = memo.size();
  return res;
}

namespace {
int collatzCached(std::uint64_t n, std::unordered_map<std::uint64_t, int>& memo) {
  std::function<int(std::uint64_t)> len = [&](std::uint64_t x) -> int {
    if (x == 1) return 1;
    auto it = memo.find(x);
    if (it != memo.end()) return it->second;
    int v = 1 + len(x % 2 == 0 ? x / 2 : 3 * x + 1);
    memo.emplace(x, v);
    return v;
  };
  return len(n);
}
}  // namespace

int collatzLength(std::uint64_t n, std::size_t* calls) {
  std::unordered_map<std::uint64_t, int> memo;
  int r = n == 0 ? 0 : collatzCached(n, memo);
  if (calls) *calls = memo.size();
  return r;
}

std::uint64_t longestCollatzStart(std::uint64_t limit) {
  std::unordered_map<std::uint64_t, int> memo;
  std::uint64_t best = 1;
  int bestLen = limit > 1 ? 1 : 0;
  for (std::uint64_t s = 2; s < limit; ++s) {
    int l = collatzCached(s, memo);
    if (l > bestLen) { bestLen = l; best = s; }
  }
  return limit > 1 ? best : 0;
}

int editDistance(const std::string& a, const std::string& b) {
  std::unordered_map<std::size_t, int> memo;
  const std::size_t W = b.size() + 1;
  std::function<int(std::size_t, std::size_t)> d = [&](std::size_t i, std::size_t j) -> int {
    if (i == a.size()) return static_cast<int>(b.size() - j);
    if (j == b.size()) return static_cast<int>(a.size() - i);
    std::size_t key = i * W + j;
    auto it = memo.find(key);
    if (it != memo.end()) return it->second;
    int best;
    if (a[i] == b[j]) {
      best = d(i + 1, j + 1);
    } else {
      int sub = d(i + 1, j + 1), del = d(i + 1, j), ins = d(i, j + 1);
      best = 1 + (sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins));
    }
    memo.emplace(key, best);
    return best;
  };
  return d(0, 0);
}

std::uint64_t decodeWays(const std::string& s) {
  const std::uint64_t M = 1000000007ULL;
  std::unordered_map<std::size_t, std::uint64_t> memo;
  std::function<std::uint64_t(std::size_t)> ways = [&](std::size_t i) -> std::uint64_t {
    if (i == s.size()) return 1;
    if (s[i] == '0') return 0;
    auto it = memo.find(i);
    if (it != memo.end()) return it->second;
    std::uint64_t v = ways(i + 1);
    if (i + 1 < s.size() && (s[i] == '1' || (s[i] == '2' && s[i + 1] <= '6'))) v = (v + ways(i + 2)) % M;
    memo.emplace(i, v);
    return v;
  };
  for (char c : s)
    if (c < '0' || c > '9') return 0;
  // iterate from the end first so recursion depth stays small for long inputs
  for (std::size_t i = s.size(); i-- > 0;) ways(i);
  return ways(0);
}

int minCoins(const std::vector<int>& coins, int amount) {
  std::unordered_map<int, int> memo;
  std::function<int(int)> best = [&](int a) -> int {
    if (a == 0) return 0;
    auto it = memo.find(a);
    if (it != memo.end()) return it->second;
    int r = -1;
    for (int c : coins)
      if (c > 0 && c <= a) {
        int sub = best(a - c);
        if (sub >= 0 && (r < 0 || sub + 1 < r)) r = sub + 1;
      }
    memo.emplace(a, r);
    return r;
  };
  if (amount < 0) return -1;
  for (int a = 1; a < amount; ++a) best(a);  // bottom-up warm-up bounds the recursion depth
  return best(amount);
}
