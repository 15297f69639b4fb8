#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

// Binary heap whose top is the element that is "largest" under Compare
// (std::less -> max-heap, std::greater -> min-heap). Defined in solution.cpp and
// explicitly instantiated for <int, std::less<int>>, <int, std::greater<int>> and
// <std::string, std::less<std::string>>.
template <typename T, typename Compare>
class BinaryHeap {
public:
  void push(const T& v);
  bool pop(T& out);
  const T& top() const;  // precondition: !empty()
  std::size_t size() const { return data_.size(); }
  bool empty() const { return data_.empty(); }
  bool isValidHeap() const;

private:
  void siftUp(std::size_t i);
  void siftDown(std::size_t i);
  std::vector<T> data_;
  Compare cmp_;
};

// Heap sort ascending using a min-heap.
std::vector<int> heapSortAscending(const std::vector<int>& v);
// The k largest values in descending order (k clamped to v.size()).
std::vector<int> topK(const std::vector<int>& v, std::size_t k);
// Merge several sorted (ascending) lists into one sorted list using a heap.
std::vector<int> mergeSorted(const std::vector<std::vector<int>>& lists);
// Running median (lower median for even counts) after each insertion, using two heaps.
std::vector<int> runningMedian(const std::vector<int>& v);
