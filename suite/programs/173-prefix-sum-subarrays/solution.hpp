#pragma once
#include <cstddef>
#include <vector>

// Number of contiguous non-empty subarrays summing to k (prefix sums + unordered_map).
long long count_subarrays_with_sum(const std::vector<int>& a, long long k);
// Length of the longest subarray summing to k (0 if none).
std::size_t longest_subarray_with_sum(const std::vector<int>& a, long long k);
// Number of non-empty subarrays whose sum is divisible by m (m > 0).
long long count_subarrays_divisible(const std::vector<int>& a, long long m);
// Maximum subarray sum (Kadane); requires a non-empty input.
long long max_subarray_sum(const std::vector<int>& a);
// Length of the longest subarray with equal numbers of 0s and 1s (binary input).
std::size_t longest_balanced_binary(const std::vector<int>& bits);
// Shortest subarray with sum >= target for non-negative inputs (two pointers); 0 if none.
std::size_t shortest_subarray_at_least(const std::vector<int>& nonneg, long long target);
