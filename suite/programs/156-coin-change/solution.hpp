#pragma once
#include <vector>

// Fewest coins (unlimited supply of each positive denomination) summing to amount; -1 if
// impossible; 0 for amount 0.
int min_coins(const std::vector<int>& coins, int amount);
// One optimal multiset of coins, sorted descending; empty if impossible or amount == 0.
std::vector<int> min_coins_combination(const std::vector<int>& coins, int amount);
// Number of combinations (order irrelevant) that sum to amount; duplicate denominations are
// treated as one.
unsigned long long count_combinations(std::vector<int> coins, int amount);
// Number of ordered sequences (compositions) of coins summing to amount, modulo 1e9+7.
long long count_sequences_mod(const std::vector<int>& coins, int amount);
// Does the greedy algorithm (largest coin first) give an optimal answer for every amount up to
// limit? (Greedy failing to reach an amount that is reachable also counts as non-optimal.)
bool greedy_is_optimal(std::vector<int> coins, int limit);
