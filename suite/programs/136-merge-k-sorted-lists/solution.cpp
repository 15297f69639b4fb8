#include "solution.hpp"

#include <functional>
#include <queue>
#include <tuple>

namespace {
using Entry = std::tuple<int, std::size_t, std::size_t>;  // value, list, position
}

std::vector<int> merge_k_sorted(const std::vector<std::vector<int>>& lists) {
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
  std::size_t total = 0;
  for (std::size_t i = 0; i < lists.size(); ++i) {
    total += lists[i].size();
    if (!lists[i].empty()) heap.emplace(lists[i][0], i, 0);
  }
  std::vector<int> out;
  out.reserve(total);
  while (!heap.empty()) {
    Entry e = heap.top();
    heap.pop();
    out.push_back(std::get<0>(e));
    std::size_t li = std::get<1>(e), pos = std::get<2>(e) + 1;
    if (pos < lists[li].size()) heap.emplace(lists[li][pos], li, pos);
  }
  return out;
}

bool smallest_covering_range(const std::vector<std::vector<int>>& lists, int& lo, int& hi) {
  if (lists.empty()) return false;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
  int cur_max = 0;
  for (std::size_t i = 0; i < lists.size(); ++i) {
    if (lists[i].empty()) return false;
    if (i == 0 || lists[i][0] > cur_max) cur_max = lists[i][0];
    heap.emplace(lists[i][0], i, 0);
  }
  bool have = false;
  long long best_width = 0;
  while (true) {
    Entry e = heap.top();
    heap.pop();
    int cur_min = std::get<0>(e);
    long long width = static_cast<long long>(cur_max) - cur_min;
    if (!have || width < best_width) {
      have = true;
      best_width = width;
      lo = cur_min;
      hi = cur_max;
    }
    std::size_t li = std::get<1>(e), pos = std::get<2>(e) + 1;
    if (pos >= lists[li].size()) break;
    int next = lists[li][pos];
    if (next > cur_max) cur_max = next;
    heap.emplace(next, li, pos);
  }
  return true;
}

long long kth_smallest_pair_sum(const std::vector<int>& a, const std::vector<int>& b, std::size_t k) {
  using Item = std::tuple<long long, std::size_t, std::size_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
  for (std::size_t i = 0; i < a.size() && i < k; ++i)
    heap.emplace(static_cast<long long>(a[i]) + b[0], i, 0);
  long long result = 0;
  for (std::size_t step = 0; step < k; ++step) {
    Item it = heap.top();
    heap.pop();
    result = std::get<0>(it);
    std::size_t i = std::get<1>(it), j = std::get<2>(it) + 1;
    if (j < b.size()) heap.emplace(static_cast<long long>(a[i]) + b[j], i, j);
  }
  return result;
}
