#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// All functions memoise recursive lambdas (std::function or self-passing generic
// lambdas) in std::unordered_map caches. `calls`, when non-null, receives the number
// of distinct sub-problems actually computed.
std::uint64_t gridPaths(int rows, int cols, const std::vector<std::string>& blocked, std::size_t* calls);
std::uint64_t partitions(int n, std::size_t* calls);           // integer partitions p(n), n <= 400
int collatzLength(std::uint64_t n, std::size_t* calls);        // steps to reach 1 (start value counted)
// Longest Collatz chain start in [1, limit), sharing one cache across starts.
std::uint64_t longestCollatzStart(std::uint64_t limit);
int editDistance(const std::string& a, const std::string& b);  // top-down with pair-encoded keys
// Number of ways to decode a digit string where 'A'=1 ... 'Z'=26, modulo 1e9+7.
std::uint64_t decodeWays(const std::string& digits);
// Minimum coins for `amount` using `coins`; -1 if impossible.
int minCoins(const std::vector<int>& coins, int amount);
