#include "solution.hpp"
#include <utility>

template <typename T, typename Compare>
void BinaryHeap<T, Compare>::siftUp(std::size_t i) {
  while (i > 0) {
    std::size_t p = (i - 1) / 2;
    if (!cmp_(data_[p], data_[i])) break;
    std::swap(data_[p], data_[i]);
    i = p;
  }
}

template <typename T, typename Compare>
void BinaryHeap<T, Compare>::siftDown(std::size_t i) {
  const std::size_t n = data_.size();
  for (;;) {
    std::size_t l = 2 * i + 1, r = l + 1, best = i;
    if (l < n && cmp_(data_[best], data_[l])) best = l;
    if (r < n && cmp_(data_[best], data_[r])) best = r;
    if (best == i) return;
    std::swap(data_[i], data_[best]);
    i = best;
  }
}

template <typename T, typename Compare>
void BinaryHeap<T, Compare>::push(const T& v) {
  data_.push_back(v);
  siftUp(data_.size() - 1);
}

template <typename T, typename Compare>
bool BinaryHeap<T, Compare>::pop(T& out) {
  if (data_.empty()) return false;
  out = data_[0];
  data_[0] = data_.back();
  data_.pop_back();
  if (!data_.empty()) siftDown(0);
  return true;
}

template <typename T, typename Compare>
const T& BinaryHeap<T, Compare>::top() const { return data_[0]; }

template <typename T, typename Compare>
bool BinaryHeap<T, Compare>::isValidHeap() const {
  for (std::size_t i = 1; i < data_.size(); ++i)
    if (cmp_(data_[(i - 1) / 2], data_[i])) return false;
  return true;
}

template class BinaryHeap<int, std::less<int>>;
template class BinaryHeap<int, std::greater<int>>;
template class BinaryHeap<std::string, std::less<std::string>>;

std::vector<int> heapSortAscending(const std::vector<int>& v) {
  BinaryHeap<int, std::greater<int>> h;
  for (int x : v) h.push(x);
  std::vector<int> out;
  int x;
  while (h.pop(x)) out.push_back(x);
  return out;
}

std::vector<int> topK(const std::vector<int>& v, std::size_t k) {
  BinaryHeap<int, std::greater<int>> h;  // min-heap of the best k so far
  for (int x : v) {
    if (h.size() < k) h.push(x);
    else if (k > 0 && x > h.top()) { int d; h.pop(d); h.push(x); }
  }
  std::vector<int> out(h.size());
  int x;
  std::size_t i = out.size();
  while (h.pop(x)) out[--i] = x;
  return out;
}

std::vector<int> mergeSorted(const std::vector<std::vector<int>>& lists) {
  // encode (value, list index) so a plain int heap can be reused: keep positions aside
  std::vector<std::size_t> pos(lists.size(), 0);
  std::vector<int> out;
  for (;;) {
    std::size_t best = lists.size();
    for (std::size_t i = 0; i < lists.size(); ++i)
      if (pos[i] < lists[i].size() && (best == lists.size() || lists[i][pos[i]] < lists[best][pos[best]]))
        best = i;
    if (best == lists.size()) break;
    BinaryHeap<int, std::greater<int>> run;  // collect all equal heads at once
    int head = lists[best][pos[best]];
    for (std::size_t i = 0; i < lists.size(); ++i)
      while (pos[i] < lists[i].size() && lists[i][pos[i]] == head) { run.push(head); ++pos[i]; }
    int x;
    while (run.pop(x)) out.push_back(x);
  }
  return out;
}

std::vector<int> runningMedian(const std::vector<int>& v) {
  BinaryHeap<int, std::less<int>> low;      // max-heap: lower half
  BinaryHeap<int, std::greater<int>> high;  // min-heap: upper half
  std::vector<int> out;
  for (int x : v) {
    if (low.empty() || x <= low.top()) low.push(x);
    else high.push(x);
    int t;
    if (low.size() > high.size() + 1) { low.pop(t); high.push(t); }
    else if (high.size() > low.size()) { high.pop(t); low.push(t); }
    out.push_back(low.top());
  }
  return out;
}
