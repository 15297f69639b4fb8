#pragma once
#include <string>
#include <vector>

// Sorted distinct values (sort + unique + erase).
std::vector<int> sorted_distinct(std::vector<int> v);
// Remove every occurrence of x in place (erase-remove); returns how many were removed.
std::size_t remove_all(std::vector<int>& v, int x);
// Keep only the first occurrence of each value, preserving order.
std::vector<int> dedup_keep_order(const std::vector<int>& v);
// Collapse runs of equal adjacent characters ("aaabcc" -> "abc").
std::string squeeze(const std::string& s);
// Collapse runs of equal adjacent elements but keep at most k copies of each run.
std::vector<int> keep_at_most_k_in_runs(const std::vector<int>& v, std::size_t k);
// Remove ASCII vowels (either case) using remove_if.
std::string strip_vowels(const std::string& s);
// In-place removal of duplicates from a sorted vector allowing each value at most twice;
// returns the new length (vector is resized).
std::size_t dedup_sorted_allow_two(std::vector<int>& v);
