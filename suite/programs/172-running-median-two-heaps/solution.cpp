#include "solution.hpp"

#include <iterator>
#include <set>

MedianFinder::MedianFinder() {}

void MedianFinder::add(int x) {
  if (low_.empty() || x <= low_.top()) low_.push(x);
  else high_.push(x);
  // Rebalance so that low_ has the same size as high_ or one more.
  if (low_.size() > high_.size() + 1) {
    high_.push(low_.top());
    low_.pop();
  } else if (high_.size() > low_.size()) {
    low_.push(high_.top());
    high_.pop();
  }
}

std::size_t MedianFinder::size() const { return low_.size() + high_.size(); }

double MedianFinder::median() const {
  if (low_.empty()) return 0.0;
  if (low_.size() > high_.size()) return static_cast<double>(low_.top());
  return (static_cast<double>(low_.top()) + static_cast<double>(high_.top())) / 2.0;
}

int MedianFinder::lower_median() const { return low_.top(); }

std::vector<double> running_medians(const std::vector<int>& stream) {
  MedianFinder mf;
  std::vector<double> out;
  out.reserve(stream.size());
  for (int x : stream) {
    mf.add(x);
    out.push_back(mf.median());
  }
  return out;
}

std::vector<double> sliding_window_medians(const std::vector<int>& a, std::size_t k) {
  std::vector<double> out;
  if (k == 0 || k > a.size()) return out;
  std::multiset<int> window(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(k));
  auto mid = std::next(window.begin(), static_cast<std::ptrdiff_t>(k / 2));  // upper middle
  for (std::size_t i = k;; ++i) {
    double upper = *mid;
    double lower = (k % 2 == 1) ? upper : static_cast<double>(*std::prev(mid));
    out.push_back((lower + upper) / 2.0);
    if (i == a.size()) break;
    // Insert the new element, then erase the outgoing one, keeping `mid` at index k/2.
    window.insert(a[i]);
    if (a[i] < *mid) --mid;
    if (a[i - k] <= *mid) ++mid;
    window.erase(window.lower_bound(a[i - k]));
  }
  return out;
}
