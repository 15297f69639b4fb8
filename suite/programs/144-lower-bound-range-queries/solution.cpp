#include "solution.hpp"

#include <algorithm>

SortedIndex::SortedIndex(std::vector<int> values) : sorted_(std::move(values)) {
  std::sort(sorted_.begin(), sorted_.end());
}

std::size_t SortedIndex::size() const { return sorted_.size(); }

std::size_t SortedIndex::count_in_range(int lo, int hi) const {
  if (lo > hi) return 0;
  auto first = std::lower_bound(sorted_.begin(), sorted_.end(), lo);
  auto last = std::upper_bound(sorted_.begin(), sorted_.end(), hi);
  return static_cast<std::size_t>(last - first);
}

std::size_t SortedIndex::count_equal(int x) const {
  auto range = std::equal_range(sorted_.begin(), sorted_.end(), x);
  return static_cast<std::size_t>(range.second - range.first);
}

std::size_t SortedIndex::count_less(int x) const {
  return static_cast<std::size_t>(std::lower_bound(sorted_.begin(), sorted_.end(), x) - sorted_.begin());
}

bool SortedIndex::ceiling(int x, int& out) const {
  auto it = std::lower_bound(sorted_.begin(), sorted_.end(), x);
  if (it == sorted_.end()) return false;
  out = *it;
  return true;
}

bool SortedIndex::floor(int x, int& out) const {
  auto it = std::upper_bound(sorted_.begin(), sorted_.end(), x);
  if (it == sorted_.begin()) return false;
  out = *(it - 1);
  return true;
}

bool SortedIndex::nearest(int x, int& out) const {
  int lo = 0, hi = 0;
  bool has_lo = floor(x, lo), has_hi = ceiling(x, hi);
  if (!has_lo && !has_hi) return false;
  if (!has_hi) {
    out = lo;
  } else if (!has_lo) {
    out = hi;
  } else {
    long long dl = static_cast<long long>(x) - lo, dh = static_cast<long long>(hi) - x;
    out = dl <= dh ? lo : hi;
  }
  return true;
}

std::size_t manual_lower_bound(const std::vector<int>& sorted, int x) {
  std::size_t lo = 0, hi = sorted.size();
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

long long count_close_pairs(std::vector<int> a, long long d) {
  if (d < 0) return 0;
  std::sort(a.begin(), a.end());
  long long total = 0;
  for (std::size_t j = 0; j < a.size(); ++j) {
    long long lowest = static_cast<long long>(a[j]) - d;
    auto first = std::lower_bound(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(j), lowest,
                                  [](int v, long long key) { return static_cast<long long>(v) < key; });
    total += static_cast<long long>(a.begin() + static_cast<std::ptrdiff_t>(j) - first);
  }
  return total;
}
