#include "solution.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

bool two_sum(const std::vector<int>& a, long long target, std::size_t& i, std::size_t& j) {
  std::unordered_map<long long, std::size_t> first;
  for (std::size_t k = 0; k < a.size(); ++k) {
    auto it = first.find(target - a[k]);
    if (it != first.end()) {
      i = it->second;
      j = k;
      return true;
    }
    first.emplace(a[k], k);  // keeps the earliest index for a value
  }
  return false;
}

long long count_pairs_with_sum(const std::vector<int>& a, long long target) {
  std::unordered_map<long long, long long> seen;
  long long total = 0;
  for (int x : a) {
    auto it = seen.find(target - x);
    if (it != seen.end()) total += it->second;
    ++seen[x];
  }
  return total;
}

std::vector<std::array<int, 3>> three_sum(std::vector<int> a, long long target) {
  std::sort(a.begin(), a.end());
  std::vector<std::array<int, 3>> out;
  std::size_t n = a.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (i > 0 && a[i] == a[i - 1]) continue;
    std::size_t lo = i + 1, hi = n - 1;
    while (lo < hi) {
      long long sum = static_cast<long long>(a[i]) + a[lo] + a[hi];
      if (sum < target) {
        ++lo;
      } else if (sum > target) {
        --hi;
      } else {
        out.push_back({a[i], a[lo], a[hi]});
        int vlo = a[lo], vhi = a[hi];
        while (lo < hi && a[lo] == vlo) ++lo;
        while (lo < hi && a[hi] == vhi) --hi;
      }
    }
  }
  return out;
}

long long four_sum_count(const std::vector<int>& a, const std::vector<int>& b, const std::vector<int>& c,
                         const std::vector<int>& d) {
  std::unordered_map<long long, long long> sums;
  for (int x : a)
    for (int y : b) ++sums[static_cast<long long>(x) + y];
  long long total = 0;
  for (int x : c)
    for (int y : d) {
      auto it = sums.find(-(static_cast<long long>(x) + y));
      if (it != sums.end()) total += it->second;
    }
  return total;
}

std::size_t longest_consecutive(const std::vector<int>& a) {
  std::unordered_set<long long> present(a.begin(), a.end());
  std::size_t best = 0;
  for (long long x : present) {
    if (present.count(x - 1)) continue;  // not the start of a run
    std::size_t len = 1;
    while (present.count(x + static_cast<long long>(len))) ++len;
    if (len > best) best = len;
  }
  return best;
}
