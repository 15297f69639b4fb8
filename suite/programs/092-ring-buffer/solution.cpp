#include "solution.hpp"

template <typename T>
RingBuffer<T>::RingBuffer(std::size_t capacity) : buf_(capacity == 0 ? 1 : capacity), head_(0), size_(0) {}

template <typename T>
bool RingBuffer<T>::pushBack(const T& v) {
  const std::size_t cap = buf_.size();
  if (size_ == cap) {
    buf_[head_] = v;
    head_ = (head_ + 1) % cap;
    return true;
  }
  buf_[(head_ + size_) % cap] = v;
  ++size_;
  return false;
}

template <typename T>
bool RingBuffer<T>::popFront(T& out) {
  if (size_ == 0) return false;
  out = buf_[head_];
  head_ = (head_ + 1) % buf_.size();
  --size_;
  return true;
}

template <typename T>
const T& RingBuffer<T>::at(std::size_t i) const {
  return buf_[(head_ + i) % buf_.size()];
}

template <typename T>
std::vector<T> RingBuffer<T>::toVector() const {
  std::vector<T> out;
  out.reserve(size_);
  for (std::size_t i = 0; i < size_; ++i) out.push_back(at(i));
  return out;
}

template class RingBuffer<int>;
template class RingBuffer<double>;
template class RingBuffer<long long>;

std::vector<double> movingAverage(const std::vector<double>& xs, std::size_t window) {
  RingBuffer<double> rb(window);
  std::vector<double> out;
  double sum = 0.0;
  for (double x : xs) {
    if (rb.size() == rb.capacity()) {
      double old;
      rb.popFront(old);
      sum -= old;
    }
    rb.pushBack(x);
    sum += x;
    out.push_back(sum / static_cast<double>(rb.size()));
  }
  return out;
}

std::vector<long long> slidingMax(const std::vector<long long>& xs, std::size_t k) {
  std::vector<long long> out;
  if (k == 0 || xs.size() < k) return out;
  RingBuffer<long long> rb(k);
  for (long long x : xs) {
    rb.pushBack(x);
    if (rb.size() == k) {
      long long m = rb.at(0);
      for (std::size_t i = 1; i < k; ++i)
        if (rb.at(i) > m) m = rb.at(i);
      out.push_back(m);
    }
  }
  return out;
}
