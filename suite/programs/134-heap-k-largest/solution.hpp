#pragma once
#include <cstddef>
#include <string>
#include <vector>

// The k largest values (with multiplicity) in descending order, via a size-k min-heap.
std::vector<int> k_largest(const std::vector<int>& a, std::size_t k);
// The k-th largest value (1-based); requires 1 <= k <= a.size().
int kth_largest(const std::vector<int>& a, std::size_t k);
// The k points closest to the origin (squared Euclidean distance; ties by x then y), sorted
// by that same order.
struct Point {
  int x;
  int y;
};
std::vector<Point> k_closest(const std::vector<Point>& pts, std::size_t k);
// The k most frequent strings; ties broken by lexicographic order.
std::vector<std::string> k_most_frequent(const std::vector<std::string>& words, std::size_t k);
