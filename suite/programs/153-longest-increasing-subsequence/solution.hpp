#pragma once
#include <cstddef>
#include <vector>

// Length of the longest strictly increasing subsequence (patience sorting, O(n log n)).
std::size_t lis_length(const std::vector<int>& a);
// Length of the longest non-decreasing subsequence.
std::size_t lnds_length(const std::vector<int>& a);
// One longest strictly increasing subsequence (the values), reconstructed via predecessor links.
std::vector<int> lis_sequence(const std::vector<int>& a);
// Number of longest strictly increasing subsequences (by index sets), O(n^2) DP.
unsigned long long count_lis(const std::vector<int>& a);
// Minimum number of elements to delete so the rest is strictly increasing.
std::size_t min_deletions_to_sorted(const std::vector<int>& a);
