#include "solution.hpp"

#include <deque>

std::vector<int> sliding_window_max(const std::vector<int>& a, std::size_t k) {
  std::vector<int> out;
  if (k == 0 || k > a.size()) return out;
  std::deque<std::size_t> dq;  // indices, values decreasing
  for (std::size_t i = 0; i < a.size(); ++i) {
    while (!dq.empty() && a[dq.back()] <= a[i]) dq.pop_back();
    dq.push_back(i);
    if (dq.front() + k <= i) dq.pop_front();
    if (i + 1 >= k) out.push_back(a[dq.front()]);
  }
  return out;
}

std::vector<int> sliding_window_min(const std::vector<int>& a, std::size_t k) {
  std::vector<int> out;
  if (k == 0 || k > a.size()) return out;
  std::deque<std::size_t> dq;  // indices, values increasing
  for (std::size_t i = 0; i < a.size(); ++i) {
    while (!dq.empty() && a[dq.back()] >= a[i]) dq.pop_back();
    dq.push_back(i);
    if (dq.front() + k <= i) dq.pop_front();
    if (i + 1 >= k) out.push_back(a[dq.front()]);
  }
  return out;
}

std::size_t longest_subarray_within(const std::vector<int>& a, long long limit) {
  std::deque<std::size_t> mx, mn;
  std::size_t best = 0, left = 0;
  for (std::size_t right = 0; right < a.size(); ++right) {
    while (!mx.empty() && a[mx.back()] <= a[right]) mx.pop_back();
    mx.push_back(right);
    while (!mn.empty() && a[mn.back()] >= a[right]) mn.pop_back();
    mn.push_back(right);
    while (static_cast<long long>(a[mx.front()]) - static_cast<long long>(a[mn.front()]) > limit) {
      ++left;
      if (mx.front() < left) mx.pop_front();
      if (mn.front() < left) mn.pop_front();
    }
    if (right - left + 1 > best) best = right - left + 1;
  }
  return best;
}
