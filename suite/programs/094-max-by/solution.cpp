#include "solution.hpp"

template <typename T, typename KeyFn>
std::size_t maxByIndex(const std::vector<T>& v, KeyFn key) {
  if (v.empty()) return v.size();
  std::size_t best = 0;
  auto bestKey = key(v[0]);
  for (std::size_t i = 1; i < v.size(); ++i) {
    auto k = key(v[i]);
    if (bestKey < k) { best = i; bestKey = k; }
  }
  return best;
}

template <typename T, typename KeyFn>
std::size_t minByIndex(const std::vector<T>& v, KeyFn key) {
  if (v.empty()) return v.size();
  std::size_t best = 0;
  auto bestKey = key(v[0]);
  for (std::size_t i = 1; i < v.size(); ++i) {
    auto k = key(v[i]);
    if (k < bestKey) { best = i; bestKey = k; }
  }
  return best;
}

template std::size_t maxByIndex<std::string, StrLength>(const std::vector<std::string>&, StrLength);
template std::size_t minByIndex<std::string, StrLength>(const std::vector<std::string>&, StrLength);
template std::size_t maxByIndex<long long, AbsValue>(const std::vector<long long>&, AbsValue);
template std::size_t minByIndex<long long, AbsValue>(const std::vector<long long>&, AbsValue);

namespace {
struct DistinctLetters {
  int operator()(const std::string& w) const {
    bool seen[26] = {};
    int n = 0;
    for (char c : w) {
      int idx = -1;
      if (c >= 'a' && c <= 'z') idx = c - 'a';
      else if (c >= 'A' && c <= 'Z') idx = c - 'A';
      if (idx >= 0 && !seen[idx]) { seen[idx] = true; ++n; }
    }
    return n;
  }
};
}  // namespace

std::string mostDistinctLetters(const std::vector<std::string>& words) {
  std::size_t i = maxByIndex(words, DistinctLetters());
  return i == words.size() ? std::string() : words[i];
}

std::size_t closestPoint(const std::vector<Point>& pts, long long qx, long long qy) {
  return minByIndex(pts, [qx, qy](const Point& p) {
    long long dx = p.x - qx, dy = p.y - qy;
    return dx * dx + dy * dy;
  });
}

std::size_t farthestManhattan(const std::vector<Point>& pts) {
  return maxByIndex(pts, [](const Point& p) {
    return (p.x < 0 ? -p.x : p.x) + (p.y < 0 ? -p.y : p.y);
  });
}
