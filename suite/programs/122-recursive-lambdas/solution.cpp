#include "solution.hpp"
#include <algorithm>
#include <functional>

int nQueens(int n) {
  if (n <= 0) return 0;
  const unsigned full = (1u << n) - 1u;
  auto solve = [full](auto& self, unsigned cols, unsigned d1, unsigned d2) -> int {
    if (cols == full) return 1;
    int count = 0;
    unsigned avail = full & ~(cols | d1 | d2);
    while (avail) {
      unsigned bit = avail & (0u - avail);
      avail &= avail - 1u;
      count += self(self, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
    }
    return count;
  };
  return solve(solve, 0u, 0u, 0u);
}

std::vector<std::string> permutations(std::string s) {
  std::sort(s.begin(), s.end());
  std::vector<std::string> out;
  std::string cur;
  std::vector<bool> used(s.size(), false);
  std::function<void()> rec = [&]() {
    if (cur.size() == s.size()) { out.push_back(cur); return; }
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (used[i] || (i > 0 && s[i] == s[i - 1] && !used[i - 1])) continue;
      used[i] = true;
      cur.push_back(s[i]);
      rec();
      cur.pop_back();
      used[i] = false;
    }
  };
  rec();
  return out;
}

std::vector<std::string> balancedParens(int pairs) {
  std::vector<std::string> out;
  std::string cur;
  std::function<void(int, int)> gen = [&](int open, int close) {
    if (open == pairs && close == pairs) { out.push_back(cur); return; }
    if (open < pairs) { cur.push_back('('); gen(open + 1, close); cur.pop_back(); }
    if (close < open) { cur.push_back(')'); gen(open, close + 1); cur.pop_back(); }
  };
  if (pairs >= 0) gen(0, 0);
  return out;
}

namespace {
std::vector<int> islandSizes(std::vector<std::string>& g) {
  std::function<int(int, int)> fill = [&](int r, int c) -> int {
    if (r < 0 || r >= static_cast<int>(g.size())) return 0;
    std::string& row = g[static_cast<std::size_t>(r)];
    if (c < 0 || c >= static_cast<int>(row.size()) || row[static_cast<std::size_t>(c)] != '#') return 0;
    row[static_cast<std::size_t>(c)] = '~';
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1);
  };
  std::vector<int> sizes;
  for (std::size_t r = 0; r < g.size(); ++r)
    for (std::size_t c = 0; c < g[r].size(); ++c)
      if (g[r][c] == '#') sizes.push_back(fill(static_cast<int>(r), static_cast<int>(c)));
  return sizes;
}
}  // namespace

int countIslands(std::vector<std::string> grid) { return static_cast<int>(islandSizes(grid).size()); }

int largestIsland(std::vector<std::string> grid) {
  std::vector<int> s = islandSizes(grid);
  return s.empty() ? 0 : *std::max_element(s.begin(), s.end());
}

std::vector<std::pair<int, int>> hanoi(int disks, int from, int to) {
  std::vector<std::pair<int, int>> moves;
  std::function<void(int, int, int)> move = [&](int n, int a, int b) {
    if (n <= 0) return;
    int spare = 3 - a - b;
    move(n - 1, a, spare);
    moves.emplace_back(a, b);
    move(n - 1, spare, b);
  };
  if (from != to) move(disks, from, to);
  return moves;
}

int subsetSum(const std::vector<int>& items, int target, std::vector<int>& firstSubset) {
  int count = 0;
  std::vector<int> cur;
  firstSubset.clear();
  std::function<void(std::size_t, int)> rec = [&](std::size_t i, int remaining) {
    if (i == items.size()) {
      if (remaining == 0) {
        if (count == 0) firstSubset = cur;
        ++count;
      }
      return;
    }
    cur.push_back(static_cast<int>(i));
    rec(i + 1, remaining - items[i]);
    cur.pop_back();
    rec(i + 1, remaining);
  };
  rec(0, target);
  return count;
}
