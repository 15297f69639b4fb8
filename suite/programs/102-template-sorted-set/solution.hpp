#pragma once
#include <cstddef>
#include <string>
#include <vector>

// A set stored as a sorted std::vector. Member functions are defined in solution.cpp
// and explicitly instantiated for int and std::string.
template <typename T>
class SortedSet {
public:
  SortedSet() = default;
  explicit SortedSet(const std::vector<T>& items);
  bool insert(const T& v);           // false if already present
  bool erase(const T& v);            // false if absent
  bool contains(const T& v) const;
  std::size_t size() const { return items_.size(); }
  const std::vector<T>& items() const { return items_; }
  // Number of elements in the half-open range [lo, hi).
  std::size_t countInRange(const T& lo, const T& hi) const;
  SortedSet unionWith(const SortedSet& o) const;
  SortedSet intersectWith(const SortedSet& o) const;
  SortedSet differenceWith(const SortedSet& o) const;
  bool isSubsetOf(const SortedSet& o) const;
  // Smallest element > v; returns false if none.
  bool successor(const T& v, T& out) const;

private:
  std::size_t lowerIndex(const T& v) const;
  std::vector<T> items_;
};

// Jaccard similarity |A∩B| / |A∪B| of the word sets of two sentences (split on spaces);
// 1.0 when both are empty.
double jaccardWords(const std::string& a, const std::string& b);
