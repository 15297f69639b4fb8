#pragma once
#include <cstddef>
#include <vector>

// Answers queries on a multiset of ints by sorting once and using binary search.
class SortedIndex {
 public:
  explicit SortedIndex(std::vector<int> values);
  std::size_t size() const;
  // Number of values v with lo <= v <= hi (0 if lo > hi).
  std::size_t count_in_range(int lo, int hi) const;
  std::size_t count_equal(int x) const;
  std::size_t count_less(int x) const;
  // Smallest value >= x; returns false if none.
  bool ceiling(int x, int& out) const;
  // Largest value <= x; returns false if none.
  bool floor(int x, int& out) const;
  // Value closest to x (ties: the smaller one); returns false if empty.
  bool nearest(int x, int& out) const;

 private:
  std::vector<int> sorted_;
};

// Index of the first element >= x in a sorted array using a hand-written binary search.
std::size_t manual_lower_bound(const std::vector<int>& sorted, int x);
// Number of pairs i < j with |a[i] - a[j]| <= d.
long long count_close_pairs(std::vector<int> a, long long d);
