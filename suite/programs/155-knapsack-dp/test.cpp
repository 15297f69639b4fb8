#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 11235813u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference for bounded/unbounded: recursion over item index with counts.
long long ref_bounded(const std::vector<Item>& items, const std::vector<int>& counts, std::size_t i, int cap) {
  if (i == items.size()) return 0;
  long long best = 0;
  for (int k = 0; k <= counts[i] && k * items[i].weight <= cap; ++k) {
    long long v = k * items[i].value + ref_bounded(items, counts, i + 1, cap - k * items[i].weight);
    if (v > best) best = v;
  }
  return best;
}
}  // namespace

int main() {
  std::vector<std::size_t> chosen;
  CHECK(knapsack_01({}, 10) == 0);
  CHECK(knapsack_01({{5, 10}}, 0) == 0);
  CHECK(knapsack_01({{0, 7}, {3, 1}}, 0) == 7);
  CHECK(knapsack_01({{1, 1}, {3, 4}, {4, 5}, {5, 7}}, 7) == 9);
  CHECK(knapsack_01_items({{1, 1}, {3, 4}, {4, 5}, {5, 7}}, 7, chosen) == 9);
  CHECK(chosen == std::vector<std::size_t>({1, 2}));
  CHECK(knapsack_01({{10, 60}, {20, 100}, {30, 120}}, 50) == 220);
  CHECK(knapsack_unbounded({{1, 1}, {3, 4}, {4, 5}, {5, 7}}, 7) == 9);
  CHECK(knapsack_unbounded({{2, 3}}, 7) == 9);
  CHECK(knapsack_unbounded({{5, 10}, {3, 7}}, 9) == 21);
  CHECK(knapsack_bounded({{5, 10}, {3, 7}}, {1, 2}, 9) == 17);
  CHECK(knapsack_bounded({{2, 3}}, {3}, 5) == 6);
  CHECK(knapsack_bounded({{2, 3}, {7, 11}}, {3, 0}, 100) == 9);
  CHECK(knapsack_bounded({{1, 1000000000000LL}}, {100}, 1000) == 100000000000000LL);
  CHECK(subset_sum({3, 34, 4, 12, 5, 2}, 9));
  CHECK(!subset_sum({3, 34, 4, 12, 5, 2}, 30));
  CHECK(subset_sum({}, 0));
  CHECK(!subset_sum({}, 1));
  CHECK(!subset_sum({1, 2}, -1));

  for (int iter = 0; iter < 200; ++iter) {
    std::size_t n = rnd() % 10;
    std::vector<Item> items(n);
    std::vector<int> counts(n);
    std::vector<int> nums(n);
    for (std::size_t i = 0; i < n; ++i) {
      items[i].weight = 1 + static_cast<int>(rnd() % 9);
      items[i].value = static_cast<long long>(rnd() % 30);
      counts[i] = static_cast<int>(rnd() % 3);
      nums[i] = static_cast<int>(rnd() % 15);
    }
    int cap = static_cast<int>(rnd() % 30);
    long long best = 0;
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
      long long w = 0, v = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (mask >> i & 1u) {
          w += items[i].weight;
          v += items[i].value;
        }
      if (w <= cap && v > best) best = v;
    }
    CHECK(knapsack_01(items, cap) == best);
    CHECK(knapsack_01_items(items, cap, chosen) == best);
    long long w = 0, v = 0;
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      CHECK(chosen[k] < n);
      if (k > 0) CHECK(chosen[k - 1] < chosen[k]);
      w += items[chosen[k]].weight;
      v += items[chosen[k]].value;
    }
    CHECK(w <= cap && v == best);
    CHECK(knapsack_bounded(items, counts, cap) == ref_bounded(items, counts, 0, cap));
    if (n <= 5) {
      std::vector<int> many(n);
      for (std::size_t i = 0; i < n; ++i) many[i] = cap / items[i].weight;
      CHECK(knapsack_unbounded(items, cap) == ref_bounded(items, many, 0, cap));
    }
    int target = static_cast<int>(rnd() % 40);
    bool reach = false;
    for (unsigned mask = 0; mask < (1u << n) && !reach; ++mask) {
      int sum = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (mask >> i & 1u) sum += nums[i];
      reach = sum == target;
    }
    CHECK(subset_sum(nums, target) == reach);
  }
  return 0;
}
