#include "solution.hpp"

#include <unordered_map>

long long count_subarrays_with_sum(const std::vector<int>& a, long long k) {
  std::unordered_map<long long, long long> seen;
  seen[0] = 1;
  long long prefix = 0, total = 0;
  for (int x : a) {
    prefix += x;
    auto it = seen.find(prefix - k);
    if (it != seen.end()) total += it->second;
    ++seen[prefix];
  }
  return total;
}

std::size_t longest_subarray_with_sum(const std::vector<int>& a, long long k) {
  std::unordered_map<long long, std::size_t> first;  // prefix value -> earliest end position
  first[0] = 0;
  long long prefix = 0;
  std::size_t best = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    prefix += a[i];
    auto it = first.find(prefix - k);
    if (it != first.end() && i + 1 - it->second > best) best = i + 1 - it->second;
    first.emplace(prefix, i + 1);
  }
  return best;
}

long long count_subarrays_divisible(const std::vector<int>& a, long long m) {
  std::unordered_map<long long, long long> seen;
  seen[0] = 1;
  long long prefix_mod = 0, total = 0;
  for (int x : a) {
    prefix_mod = ((prefix_mod + x % m) % m + m) % m;
    total += seen[prefix_mod];
    ++seen[prefix_mod];
  }
  return total;
}

long long max_subarray_sum(const std::vector<int>& a) {
  long long best = a[0], cur = 0;
  for (int x : a) {
    cur = cur > 0 ? cur + x : x;
    if (cur > best) best = cur;
  }
  return best;
}

std::size_t longest_balanced_binary(const std::vector<int>& bits) {
  std::vector<int> as_pm(bits.size());
  for (std::size_t i = 0; i < bits.size(); ++i) as_pm[i] = bits[i] ? 1 : -1;
  return longest_subarray_with_sum(as_pm, 0);
}

std::size_t shortest_subarray_at_least(const std::vector<int>& nonneg, long long target) {
  std::size_t best = 0, left = 0;
  long long window = 0;
  for (std::size_t right = 0; right < nonneg.size(); ++right) {
    window += nonneg[right];
    while (left <= right && window >= target) {
      std::size_t len = right - left + 1;
      if (best == 0 || len < best) best = len;
      window -= nonneg[left++];
    }
  }
  return best;
}
