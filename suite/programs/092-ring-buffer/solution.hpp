#pragma once
#include <cstddef>
#include <vector>

// Ring buffer with a capacity chosen at construction. When full, pushBack
// overwrites the oldest element (and returns true in that case).
template <typename T>
class RingBuffer {
public:
  explicit RingBuffer(std::size_t capacity);
  bool pushBack(const T& v);
  bool popFront(T& out);
  const T& at(std::size_t i) const;  // 0 = oldest; precondition: i < size()
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return buf_.size(); }
  bool empty() const { return size_ == 0; }
  std::vector<T> toVector() const;

private:
  std::vector<T> buf_;
  std::size_t head_;
  std::size_t size_;
};

// Moving average over a window of the last `window` samples, one output per input.
std::vector<double> movingAverage(const std::vector<double>& xs, std::size_t window);

// Returns the maximum of every window of `k` consecutive elements (a sliding maximum),
// computed by keeping the last k values in a RingBuffer<long long>.
std::vector<long long> slidingMax(const std::vector<long long>& xs, std::size_t k);
