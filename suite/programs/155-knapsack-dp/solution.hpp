#pragma once
#include <cstddef>
#include <vector>

struct Item {
  int weight;  // >= 0
  long long value;  // >= 0
};

// 0/1 knapsack: best total value with total weight <= capacity (capacity >= 0).
long long knapsack_01(const std::vector<Item>& items, int capacity);
// Same, also returning one optimal selection (indices, ascending).
long long knapsack_01_items(const std::vector<Item>& items, int capacity, std::vector<std::size_t>& chosen);
// Unbounded knapsack: each item may be used any number of times (weights must be > 0).
long long knapsack_unbounded(const std::vector<Item>& items, int capacity);
// Bounded knapsack: item i may be used up to counts[i] times (binary splitting).
long long knapsack_bounded(const std::vector<Item>& items, const std::vector<int>& counts, int capacity);
// Can a subset of the (non-negative) numbers sum exactly to target?
bool subset_sum(const std::vector<int>& nums, int target);
