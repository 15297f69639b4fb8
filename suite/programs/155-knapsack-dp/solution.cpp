#include "solution.hpp"

#include <algorithm>

long long knapsack_01(const std::vector<Item>& items, int capacity) {
  std::vector<long long> best(static_cast<std::size_t>(capacity) + 1, 0);
  for (const Item& it : items) {
    for (int c = capacity; c >= it.weight; --c) {
      long long cand = best[static_cast<std::size_t>(c - it.weight)] + it.value;
      if (cand > best[static_cast<std::size_t>(c)]) best[static_cast<std::size_t>(c)] = cand;
    }
  }
  return best[static_cast<std::size_t>(capacity)];
}

long long knapsack_01_items(const std::vector<Item>& items, int capacity, std::vector<std::size_t>& chosen) {
  std::size_t n = items.size(), cap = static_cast<std::size_t>(capacity);
  std::vector<std::vector<long long>> dp(n + 1, std::vector<long long>(cap + 1, 0));
  for (std::size_t i = 1; i <= n; ++i) {
    std::size_t w = static_cast<std::size_t>(items[i - 1].weight);
    for (std::size_t c = 0; c <= cap; ++c) {
      dp[i][c] = dp[i - 1][c];
      if (w <= c && dp[i - 1][c - w] + items[i - 1].value > dp[i][c]) dp[i][c] = dp[i - 1][c - w] + items[i - 1].value;
    }
  }
  chosen.clear();
  std::size_t c = cap;
  for (std::size_t i = n; i >= 1; --i) {
    if (dp[i][c] != dp[i - 1][c]) {
      chosen.push_back(i - 1);
      c -= static_cast<std::size_t>(items[i - 1].weight);
    }
  }
  std::reverse(chosen.begin(), chosen.end());
  return dp[n][cap];
}

long long knapsack_unbounded(const std::vector<Item>& items, int capacity) {
  std::vector<long long> best(static_cast<std::size_t>(capacity) + 1, 0);
  for (int c = 1; c <= capacity; ++c) {
    for (const Item& it : items) {
      if (it.weight <= c) {
        long long cand = best[static_cast<std::size_t>(c - it.weight)] + it.value;
        if (cand > best[static_cast<std::size_t>(c)]) best[static_cast<std::size_t>(c)] = cand;
      }
    }
  }
  return best[static_cast<std::size_t>(capacity)];
}

long long knapsack_bounded(const std::vector<Item>& items, const std::vector<int>& counts, int capacity) {
  std::vector<Item> split;
  for (std::size_t i = 0; i < items.size(); ++i) {
    int left = counts[i];
    for (int k = 1; left > 0; k *= 2) {
      int take = std::min(k, left);
      split.push_back({items[i].weight * take, items[i].value * take});
      left -= take;
    }
  }
  // Split items may exceed the capacity; knapsack_01 skips them naturally.
  return knapsack_01(split, capacity);
}

bool subset_sum(const std::vector<int>& nums, int target) {
  if (target < 0) return false;
  std::vector<char> can(static_cast<std::size_t>(target) + 1, 0);
  can[0] = 1;
  for (int x : nums) {
    if (x > target) continue;
    for (int s = target; s >= x; --s)
      if (can[static_cast<std::size_t>(s - x)]) can[static_cast<std::size_t>(s)] = 1;
  }
  return can[static_cast<std::size_t>(target)] != 0;
}
