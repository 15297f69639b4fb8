#pragma once
#include <cstddef>
#include <vector>

// Merge k individually sorted (non-decreasing) lists into one sorted list with a min-heap.
std::vector<int> merge_k_sorted(const std::vector<std::vector<int>>& lists);
// The smallest range [lo, hi] that contains at least one element from each non-empty list
// (ties: smaller lo). Returns false if there are no lists or some list is empty.
bool smallest_covering_range(const std::vector<std::vector<int>>& lists, int& lo, int& hi);
// The k-th smallest (1-based) sum a[i] + b[j] over two sorted lists; requires
// 1 <= k <= a.size() * b.size().
long long kth_smallest_pair_sum(const std::vector<int>& a, const std::vector<int>& b, std::size_t k);
