#include "solution.hpp"
#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace {
auto pairHash = [](const Pt& p) {
  std::uint64_t k = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.first)) << 32) ^
                    static_cast<std::uint32_t>(p.second);
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return static_cast<std::size_t>(k);
};
int gcdInt(int a, int b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b) { int t = a % b; a = b; b = t; }
  return a;
}
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

int maxPointsOnLine(const std::vector<Pt>& pts) {
  int best = 0;
  for (std::size_t i = 0; i < pts.size(); ++i) {
    std::unordered_map<Pt, int, decltype(pairHash)> slopes(16, pairHash);
    int dup = 1, local = 0;
    for (std::size_t j = i + 1; j < pts.size(); ++j) {
      int dx = pts[j].first - pts[i].first, dy = pts[j].second - pts[i].second;
      if (dx == 0 && dy == 0) { ++dup; continue; }
      int g = gcdInt(dx, dy);
      dx /= g;
      dy /= g;
      if (dx < 0 || (dx == 0 && dy < 0)) { dx = -dx; dy = -dy; }
      local = std::max(local, ++slopes[Pt(dx, dy)]);
    }
    best = std::max(best, local + dup);
  }
  return best;
}

long long countRectangles(const std::vector<Pt>& pts) {
  std::unordered_set<Pt, decltype(pairHash)> set(pts.begin(), pts.end(), 16, pairHash);
  std::vector<Pt> uniq(set.begin(), set.end());
  std::sort(uniq.begin(), uniq.end());
  long long count = 0;
  for (std::size_t i = 0; i < uniq.size(); ++i)
    for (std::size_t j = i + 1; j < uniq.size(); ++j) {
      const Pt& a = uniq[i];
      const Pt& b = uniq[j];
      // a is the lower-left and b the upper-right corner of a diagonal
      if (a.first < b.first && a.second < b.second && set.count(Pt(a.first, b.second)) &&
          set.count(Pt(b.first, a.second)))
        ++count;
    }
  return count;
}

std::vector<std::vector<std::string>> groupAnagrams(const std::vector<std::string>& words) {
  auto keyOf = [](std::string w) {
    std::sort(w.begin(), w.end());
    return w;
  };
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::vector<std::string>> groups;
  for (const std::string& w : words) {
    auto ins = index.emplace(keyOf(w), groups.size());
    if (ins.second) groups.emplace_back();
    groups[ins.first->second].push_back(w);
  }
  return groups;
}

std::size_t countDistinctCaseInsensitive(const std::vector<std::string>& words) {
  auto h = [](const std::string& s) {
    std::size_t v = 1469598103934665603ULL;
    for (char c : s) v = (v ^ static_cast<unsigned char>(lower(c))) * 1099511628211ULL;
    return v;
  };
  auto eq = [](const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (lower(a[i]) != lower(b[i])) return false;
    return true;
  };
  std::unordered_set<std::string, decltype(h), decltype(eq)> set(words.begin(), words.end(), 8, h, eq);
  return set.size();
}

int longestConsecutive(const std::vector<int>& v) {
  std::unordered_set<int> s(v.begin(), v.end());
  int best = 0;
  for (int x : s) {
    if (x != -2147483647 - 1 && s.count(x - 1)) continue;  // not a run start
    int len = 1;
    int cur = x;
    while (cur != 2147483647 && s.count(cur + 1)) { ++cur; ++len; }
    best = std::max(best, len);
  }
  return best;
}

long long countPairsWithSum(const std::vector<int>& v, int target) {
  std::unordered_map<long long, long long> seen;
  long long count = 0;
  for (int x : v) {
    auto it = seen.find(static_cast<long long>(target) - x);
    if (it != seen.end()) count += it->second;
    ++seen[x];
  }
  return count;
}
