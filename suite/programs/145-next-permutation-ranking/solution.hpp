#pragma once
#include <string>
#include <vector>

// All distinct permutations of s in lexicographic order (std::next_permutation).
std::vector<std::string> distinct_permutations(std::string s);
// The k-th (0-based) permutation of {1..n} in lexicographic order; 1 <= n <= 20,
// 0 <= k < n!.
std::vector<int> kth_permutation(int n, unsigned long long k);
// 0-based lexicographic rank of a permutation of {1..n} (inverse of kth_permutation).
unsigned long long permutation_rank(const std::vector<int>& perm);
// Hand-written next permutation: rearranges to the next greater permutation and returns true,
// or to the smallest one and returns false when already the largest.
bool my_next_permutation(std::vector<int>& v);
// Smallest number greater than n using the same decimal digits, or -1 if none fits in a long long.
long long next_greater_same_digits(long long n);
