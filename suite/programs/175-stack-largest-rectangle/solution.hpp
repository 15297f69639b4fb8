#pragma once
#include <cstddef>
#include <string>
#include <vector>

// Largest rectangle area in a histogram of non-negative bar heights (monotonic stack, O(n)).
long long largest_rectangle(const std::vector<int>& heights);
// Largest all-'1' rectangle in a binary matrix of '0'/'1' rows (histogram per row).
long long maximal_rectangle(const std::vector<std::string>& matrix);
// For each element, the index of the next strictly greater element to its right, or -1.
std::vector<long> next_greater_index(const std::vector<int>& a);
// Units of water trapped between bars after rain (stack-based).
long long trapped_water(const std::vector<int>& heights);
// Stock span: for each day, the number of consecutive days up to and including it whose
// price was <= that day's price.
std::vector<std::size_t> stock_span(const std::vector<int>& prices);
