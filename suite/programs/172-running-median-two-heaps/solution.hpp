#pragma once
#include <cstddef>
#include <functional>
#include <queue>
#include <vector>

// Streaming median with two heaps: a max-heap for the lower half and a min-heap for the upper.
class MedianFinder {
 public:
  MedianFinder();
  void add(int x);
  std::size_t size() const;
  // Median of the values so far (mean of the two middle ones for even counts); 0 if empty.
  double median() const;
  // Lower median (the smaller middle value for even counts); requires size() > 0.
  int lower_median() const;

 private:
  std::priority_queue<int> low_;                                     // max-heap
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;  // min-heap
};

// Median of every prefix of the stream.
std::vector<double> running_medians(const std::vector<int>& stream);
// Median of every window of size k (multiset-based); empty if k == 0 or k > a.size().
std::vector<double> sliding_window_medians(const std::vector<int>& a, std::size_t k);
