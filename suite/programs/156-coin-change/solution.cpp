#include "solution.hpp"

#include <algorithm>
#include <functional>

static std::vector<int> min_table(const std::vector<int>& coins, int amount) {
  const int inf = amount + 1;
  std::vector<int> best(static_cast<std::size_t>(amount) + 1, inf);
  best[0] = 0;
  for (int a = 1; a <= amount; ++a)
    for (int c : coins)
      if (c > 0 && c <= a && best[static_cast<std::size_t>(a - c)] + 1 < best[static_cast<std::size_t>(a)])
        best[static_cast<std::size_t>(a)] = best[static_cast<std::size_t>(a - c)] + 1;
  return best;
}

int min_coins(const std::vector<int>& coins, int amount) {
  if (amount < 0) return -1;
  std::vector<int> best = min_table(coins, amount);
  return best[static_cast<std::size_t>(amount)] > amount ? -1 : best[static_cast<std::size_t>(amount)];
}

std::vector<int> min_coins_combination(const std::vector<int>& coins, int amount) {
  std::vector<int> out;
  if (amount <= 0) return out;
  std::vector<int> best = min_table(coins, amount);
  if (best[static_cast<std::size_t>(amount)] > amount) return out;
  int a = amount;
  while (a > 0) {
    for (int c : coins) {
      if (c > 0 && c <= a && best[static_cast<std::size_t>(a - c)] + 1 == best[static_cast<std::size_t>(a)]) {
        out.push_back(c);
        a -= c;
        break;
      }
    }
  }
  std::sort(out.begin(), out.end(), std::greater<int>());
  return out;
}

unsigned long long count_combinations(std::vector<int> coins, int amount) {
  if (amount < 0) return 0;
  std::sort(coins.begin(), coins.end());
  coins.erase(std::unique(coins.begin(), coins.end()), coins.end());
  std::vector<unsigned long long> ways(static_cast<std::size_t>(amount) + 1, 0);
  ways[0] = 1;
  for (int c : coins) {
    if (c <= 0) continue;
    for (int a = c; a <= amount; ++a) ways[static_cast<std::size_t>(a)] += ways[static_cast<std::size_t>(a - c)];
  }
  return ways[static_cast<std::size_t>(amount)];
}

long long count_sequences_mod(const std::vector<int>& coins, int amount) {
  if (amount < 0) return 0;
  const long long mod = 1000000007LL;
  std::vector<long long> ways(static_cast<std::size_t>(amount) + 1, 0);
  ways[0] = 1;
  for (int a = 1; a <= amount; ++a)
    for (int c : coins)
      if (c > 0 && c <= a) ways[static_cast<std::size_t>(a)] = (ways[static_cast<std::size_t>(a)] + ways[static_cast<std::size_t>(a - c)]) % mod;
  return ways[static_cast<std::size_t>(amount)];
}

bool greedy_is_optimal(std::vector<int> coins, int limit) {
  std::sort(coins.begin(), coins.end(), std::greater<int>());
  std::vector<int> best = min_table(coins, limit);
  for (int a = 1; a <= limit; ++a) {
    int left = a, used = 0;
    for (int c : coins) {
      if (c <= 0) continue;
      used += left / c;
      left %= c;
    }
    bool reachable = best[static_cast<std::size_t>(a)] <= limit;
    if (left != 0) {
      if (reachable) return false;
    } else if (used != best[static_cast<std::size_t>(a)]) {
      return false;
    }
  }
  return true;
}
