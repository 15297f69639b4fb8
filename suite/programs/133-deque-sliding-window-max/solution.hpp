#pragma once
#include <cstddef>
#include <vector>

// Maximum of every window of k consecutive elements (monotonic deque, O(n)).
// Returns an empty vector if k == 0 or k > a.size().
std::vector<int> sliding_window_max(const std::vector<int>& a, std::size_t k);
std::vector<int> sliding_window_min(const std::vector<int>& a, std::size_t k);
// Length of the longest contiguous subarray whose max - min <= limit (two deques).
std::size_t longest_subarray_within(const std::vector<int>& a, long long limit);
