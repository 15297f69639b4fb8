#pragma once
#include <cstddef>
#include <string>
#include <vector>

// STL algorithms driven by lambdas.
// Natural ("human") order: digit runs compare numerically ("file2" < "file10"),
// other characters compare case-insensitively; full ties fall back to byte order.
void naturalSort(std::vector<std::string>& names);
// Stable partition: negatives first, then zeros, then positives; relative order kept.
void signPartition(std::vector<int>& v);
// Median by nth_element (lower median for even sizes); v must be non-empty.
int medianOf(std::vector<int> v);
// Removes every element within `radius` of any element in `centers` (erase-remove idiom).
std::size_t removeNear(std::vector<int>& v, const std::vector<int>& centers, int radius);
// Counts words (split on spaces) that are palindromes ignoring case.
std::size_t countPalindromes(const std::string& text);
// Run-length groups with adjacent_find/find_if_not: "aaabcc" -> {"aaa","b","cc"}.
std::vector<std::string> groupRuns(const std::string& s);
// Index of the first element of the longest strictly increasing contiguous run.
std::size_t longestIncreasingRunStart(const std::vector<int>& v);
// Transforms then accumulates: sum of squares of the elements not divisible by k.
long long sumSquaresNotDivisible(const std::vector<int>& v, int k);
