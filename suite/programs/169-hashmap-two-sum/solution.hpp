#pragma once
#include <array>
#include <cstddef>
#include <vector>

// Indices (i < j) of the pair with a[i] + a[j] == target that has the smallest j, and for that
// j the smallest i; returns false if none. Uses an unordered_map of first positions.
bool two_sum(const std::vector<int>& a, long long target, std::size_t& i, std::size_t& j);
// Number of index pairs i < j with a[i] + a[j] == target.
long long count_pairs_with_sum(const std::vector<int>& a, long long target);
// All distinct value triplets (x <= y <= z) with x + y + z == target, sorted lexicographically.
std::vector<std::array<int, 3>> three_sum(std::vector<int> a, long long target);
// Number of index quadruples (i, j, k, l) with a[i] + b[j] + c[k] + d[l] == 0.
long long four_sum_count(const std::vector<int>& a, const std::vector<int>& b, const std::vector<int>& c,
                         const std::vector<int>& d);
// Length of the longest run of consecutive integers present in a (any order), O(n) expected.
std::size_t longest_consecutive(const std::vector<int>& a);
