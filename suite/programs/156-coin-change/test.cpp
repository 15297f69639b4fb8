#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 31415926u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference: BFS-free recursion with memo for min coins; plain recursion for counts.
int ref_min(const std::vector<int>& coins, int amount, std::vector<int>& memo) {
  if (amount == 0) return 0;
  int& m = memo[static_cast<std::size_t>(amount)];
  if (m != -2) return m;
  int best = -1;
  for (int c : coins)
    if (c <= amount) {
      int sub = ref_min(coins, amount - c, memo);
      if (sub >= 0 && (best < 0 || sub + 1 < best)) best = sub + 1;
    }
  m = best;
  return best;
}
unsigned long long ref_comb(const std::vector<int>& distinct, std::size_t i, int amount) {
  if (amount == 0) return 1;
  if (i == distinct.size()) return 0;
  unsigned long long total = 0;
  for (int k = 0; k * distinct[i] <= amount; ++k) total += ref_comb(distinct, i + 1, amount - k * distinct[i]);
  return total;
}
long long ref_seq(const std::vector<int>& coins, int amount) {
  if (amount == 0) return 1;
  long long t = 0;
  for (int c : coins)
    if (c <= amount) t += ref_seq(coins, amount - c);
  return t;
}
}  // namespace

int main() {
  CHECK(min_coins({1, 2, 5}, 11) == 3);
  CHECK(min_coins({2}, 3) == -1);
  CHECK(min_coins({1}, 0) == 0);
  CHECK(min_coins({}, 0) == 0);
  CHECK(min_coins({}, 7) == -1);
  CHECK(min_coins({186, 419, 83, 408}, 6249) == 20);
  CHECK(min_coins_combination({1, 2, 5}, 11) == std::vector<int>({5, 5, 1}));
  CHECK(min_coins_combination({1, 3, 4}, 6) == std::vector<int>({3, 3}));
  CHECK(min_coins_combination({2}, 3).empty());
  CHECK(count_combinations({1, 2, 5}, 5) == 4);
  CHECK(count_combinations({2}, 3) == 0);
  CHECK(count_combinations({10}, 10) == 1);
  CHECK(count_combinations({5, 1, 5, 2}, 5) == 4);
  CHECK(count_combinations({1, 2, 5}, 0) == 1);
  CHECK(count_combinations({1, 5, 10, 25, 50, 100}, 100) == 293);
  CHECK(count_sequences_mod({1, 2, 3}, 4) == 7);
  CHECK(count_sequences_mod({1, 2}, 10) == 89);
  CHECK(count_sequences_mod({1}, 5000) == 1);
  CHECK(greedy_is_optimal({1, 5, 10, 25}, 200));
  CHECK(!greedy_is_optimal({1, 3, 4}, 10));
  CHECK(!greedy_is_optimal({3, 5}, 10));  // greedy fails to make 9 = 3+3+3
  CHECK(greedy_is_optimal({1, 2, 4, 8}, 100));

  for (int iter = 0; iter < 200; ++iter) {
    std::size_t k = 1 + rnd() % 4;
    std::vector<int> coins(k);
    for (std::size_t i = 0; i < k; ++i) coins[i] = 1 + static_cast<int>(rnd() % 9);
    int amount = static_cast<int>(rnd() % 25);
    std::vector<int> memo(static_cast<std::size_t>(amount) + 1, -2);
    int ref = ref_min(coins, amount, memo);
    CHECK(min_coins(coins, amount) == ref);
    std::vector<int> combo = min_coins_combination(coins, amount);
    if (ref <= 0) {
      CHECK(combo.empty());
    } else {
      CHECK(static_cast<int>(combo.size()) == ref);
      int sum = 0;
      for (std::size_t i = 0; i < combo.size(); ++i) {
        sum += combo[i];
        if (i) CHECK(combo[i - 1] >= combo[i]);
        bool valid = false;
        for (int c : coins) valid = valid || c == combo[i];
        CHECK(valid);
      }
      CHECK(sum == amount);
    }
    std::vector<int> distinct;
    for (int c : coins) {
      bool dup = false;
      for (int d : distinct) dup = dup || d == c;
      if (!dup) distinct.push_back(c);
    }
    CHECK(count_combinations(coins, amount) == ref_comb(distinct, 0, amount));
    if (amount <= 16) CHECK(count_sequences_mod(coins, amount) == ref_seq(coins, amount) % 1000000007LL);
  }
  return 0;
}
