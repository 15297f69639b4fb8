#include "solution.hpp"

#include <algorithm>
#include <functional>
#include <queue>
#include <unordered_map>
#include <utility>

std::vector<int> k_largest(const std::vector<int>& a, std::size_t k) {
  std::priority_queue<int, std::vector<int>, std::greater<int>> heap;
  if (k == 0) return {};
  for (int x : a) {
    if (heap.size() < k) {
      heap.push(x);
    } else if (x > heap.top()) {
      heap.pop();
      heap.push(x);
    }
  }
  std::vector<int> out;
  while (!heap.empty()) {
    out.push_back(heap.top());
    heap.pop();
  }
  std::reverse(out.begin(), out.end());
  return out;
}

int kth_largest(const std::vector<int>& a, std::size_t k) {
  std::vector<int> top = k_largest(a, k);
  return top.back();
}

static long long dist2(const Point& p) {
  return static_cast<long long>(p.x) * p.x + static_cast<long long>(p.y) * p.y;
}

static bool closer(const Point& a, const Point& b) {
  long long da = dist2(a), db = dist2(b);
  if (da != db) return da < db;
  if (a.x != b.x) return a.x < b.x;
  return a.y < b.y;
}

namespace {
struct FartherOnTop {
  bool operator()(const Point& a, const Point& b) const { return closer(a, b); }
};
}  // namespace

std::vector<Point> k_closest(const std::vector<Point>& pts, std::size_t k) {
  if (k == 0) return {};
  std::priority_queue<Point, std::vector<Point>, FartherOnTop> heap;  // max-heap by closeness
  for (const Point& p : pts) {
    if (heap.size() < k) {
      heap.push(p);
    } else if (closer(p, heap.top())) {
      heap.pop();
      heap.push(p);
    }
  }
  std::vector<Point> out;
  while (!heap.empty()) {
    out.push_back(heap.top());
    heap.pop();
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<std::string> k_most_frequent(const std::vector<std::string>& words, std::size_t k) {
  std::unordered_map<std::string, int> count;
  for (const std::string& w : words) ++count[w];
  using Item = std::pair<int, std::string>;
  // "better" = higher count, then smaller string. Keep the k best with the worst on top.
  auto better = [](const Item& a, const Item& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second < b.second;
  };
  std::priority_queue<Item, std::vector<Item>, decltype(better)> heap(better);
  if (k == 0) return {};
  for (const auto& kv : count) {
    Item it(kv.second, kv.first);
    if (heap.size() < k) {
      heap.push(it);
    } else if (better(it, heap.top())) {
      heap.pop();
      heap.push(it);
    }
  }
  std::vector<std::string> out;
  while (!heap.empty()) {
    out.push_back(heap.top().second);
    heap.pop();
  }
  std::reverse(out.begin(), out.end());
  return out;
}
