#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

using Pt = std::pair<int, int>;

// Unordered containers keyed with lambda hash functions and lambda equality.
// Largest number of points on one straight line (duplicates count separately).
int maxPointsOnLine(const std::vector<Pt>& pts);
// Number of axis-aligned rectangles whose four corners are all in pts (distinct points).
long long countRectangles(const std::vector<Pt>& pts);
// Groups words that are anagrams of each other; groups ordered by first appearance,
// words in input order within a group.
std::vector<std::vector<std::string>> groupAnagrams(const std::vector<std::string>& words);
// Distinct words ignoring ASCII case (lambda hash + lambda equality).
std::size_t countDistinctCaseInsensitive(const std::vector<std::string>& words);
// Length of the longest run of consecutive integers present in v.
int longestConsecutive(const std::vector<int>& v);
// Number of index pairs i < j with v[i] + v[j] == target.
long long countPairsWithSum(const std::vector<int>& v, int target);
