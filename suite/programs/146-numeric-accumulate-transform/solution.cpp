#include "solution.hpp"

#include <algorithm>
#include <numeric>

long long sum_of(const std::vector<int>& v) { return std::accumulate(v.begin(), v.end(), 0LL); }

long long dot_product(const std::vector<int>& a, const std::vector<int>& b) {
  return std::inner_product(a.begin(), a.end(), b.begin(), 0LL, std::plus<long long>(),
                            [](int x, int y) { return static_cast<long long>(x) * y; });
}

std::vector<long long> prefix_sums(const std::vector<int>& v) {
  std::vector<long long> wide(v.begin(), v.end());
  std::vector<long long> out(v.size());
  std::partial_sum(wide.begin(), wide.end(), out.begin());
  return out;
}

std::vector<int> adjacent_differences(const std::vector<int>& v) {
  std::vector<int> out(v.size());
  std::adjacent_difference(v.begin(), v.end(), out.begin());
  return out;
}

std::vector<long long> squares(const std::vector<int>& v) {
  std::vector<long long> out(v.size());
  std::transform(v.begin(), v.end(), out.begin(), [](int x) { return static_cast<long long>(x) * x; });
  return out;
}

std::vector<long long> fused(const std::vector<int>& a, const std::vector<int>& b, long long c) {
  std::vector<long long> out(a.size());
  std::transform(a.begin(), a.end(), b.begin(), out.begin(),
                 [c](int x, int y) { return static_cast<long long>(x) * y + c; });
  return out;
}

std::size_t partition_evens(std::vector<int>& v) {
  auto mid = std::partition(v.begin(), v.end(), [](int x) { return x % 2 == 0; });
  return static_cast<std::size_t>(mid - v.begin());
}

std::vector<int> three_way_stable(const std::vector<int>& v) {
  std::vector<int> out = v;
  auto zeros_begin = std::stable_partition(out.begin(), out.end(), [](int x) { return x < 0; });
  std::stable_partition(zeros_begin, out.end(), [](int x) { return x == 0; });
  return out;
}

std::vector<long long> range_sums(const std::vector<int>& v, const std::vector<std::pair<std::size_t, std::size_t>>& q) {
  std::vector<long long> pre = prefix_sums(v);
  std::vector<long long> out;
  out.reserve(q.size());
  for (const auto& r : q) out.push_back(pre[r.second] - (r.first == 0 ? 0 : pre[r.first - 1]));
  return out;
}

std::size_t argmax_running_sum(const std::vector<int>& v) {
  std::vector<long long> pre = prefix_sums(v);
  return static_cast<std::size_t>(std::max_element(pre.begin(), pre.end()) - pre.begin());
}
