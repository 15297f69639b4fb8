#pragma once
#include <cstddef>
#include <vector>

long long sum_of(const std::vector<int>& v);                      // std::accumulate
long long dot_product(const std::vector<int>& a, const std::vector<int>& b);  // inner_product, equal sizes
std::vector<long long> prefix_sums(const std::vector<int>& v);    // partial_sum; out[i] = v[0]+..+v[i]
std::vector<int> adjacent_differences(const std::vector<int>& v); // adjacent_difference (first kept)
std::vector<long long> squares(const std::vector<int>& v);        // transform
// Element-wise a[i]*b[i] + c (std::transform with two ranges).
std::vector<long long> fused(const std::vector<int>& a, const std::vector<int>& b, long long c);
// Reorders v so all even numbers come first (std::partition); returns the number of evens.
std::size_t partition_evens(std::vector<int>& v);
// Stable: negatives first, then zeros, then positives, each group in original order.
std::vector<int> three_way_stable(const std::vector<int>& v);
// Sum of v[i..j] for every query (i, j) inclusive, answered from prefix sums.
std::vector<long long> range_sums(const std::vector<int>& v, const std::vector<std::pair<std::size_t, std::size_t>>& q);
// Index of the element where the running sum is maximal (first such); v must be non-empty.
std::size_t argmax_running_sum(const std::vector<int>& v);
