#include "solution.hpp"

template <typename T>
SortedSet<T>::SortedSet(const std::vector<T>& items) {
  for (const T& v : items) insert(v);
}

template <typename T>
std::size_t SortedSet<T>::lowerIndex(const T& v) const {
  std::size_t lo = 0, hi = items_.size();
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (items_[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

template <typename T>
bool SortedSet<T>::insert(const T& v) {
  std::size_t i = lowerIndex(v);
  if (i < items_.size() && !(v < items_[i])) return false;
  items_.insert(items_.begin() + static_cast<std::ptrdiff_t>(i), v);
  return true;
}

template <typename T>
bool SortedSet<T>::erase(const T& v) {
  std::size_t i = lowerIndex(v);
  if (i == items_.size() || v < items_[i]) return false;
  items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(i));
  return true;
}

template <typename T>
bool SortedSet<T>::contains(const T& v) const {
  std::size_t i = lowerIndex(v);
  return i < items_.size() && !(v < items_[i]);
}

template <typename T>
std::size_t SortedSet<T>::countInRange(const T& lo, const T& hi) const {
  if (!(lo < hi)) return 0;
  return lowerIndex(hi) - lowerIndex(lo);
}

template <typename T>
SortedSet<T> SortedSet<T>::unionWith(const SortedSet& o) const {
  SortedSet r;
  std::size_t i = 0, j = 0;
  while (i < items_.size() || j < o.items_.size()) {
    if (j == o.items_.size() || (i < items_.size() && items_[i] < o.items_[j])) r.items_.push_back(items_[i++]);
    else if (i == items_.size() || o.items_[j] < items_[i]) r.items_.push_back(o.items_[j++]);
    else { r.items_.push_back(items_[i]); ++i; ++j; }
  }
  return r;
}

template <typename T>
SortedSet<T> SortedSet<T>::intersectWith(const SortedSet& o) const {
  SortedSet r;
  std::size_t i = 0, j = 0;
  while (i < items_.size() && j < o.items_.size()) {
    if (items_[i] < o.items_[j]) ++i;
    else if (o.items_[j] < items_[i]) ++j;
    else { r.items_.push_back(items_[i]); ++i; ++j; }
  }
  return r;
}

template <typename T>
SortedSet<T> SortedSet<T>::differenceWith(const SortedSet& o) const {
  SortedSet r;
  std::size_t j = 0;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    while (j < o.items_.size() && o.items_[j] < items_[i]) ++j;
    if (j == o.items_.size() || items_[i] < o.items_[j]) r.items_.push_back(items_[i]);
  }
  return r;
}

template <typename T>
bool SortedSet<T>::isSubsetOf(const SortedSet& o) const {
  return intersectWith(o).size() == size();
}

template <typename T>
bool SortedSet<T>::successor(const T& v, T& out) const {
  std::size_t i = lowerIndex(v);
  if (i < items_.size() && !(v < items_[i])) ++i;
  if (i == items_.size()) return false;
  out = items_[i];
  return true;
}

template class SortedSet<int>;
template class SortedSet<std::string>;

namespace {
SortedSet<std::string> wordsOf(const std::string& s) {
  SortedSet<std::string> r;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) r.insert(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) r.insert(cur);
  return r;
}
}  // namespace

double jaccardWords(const std::string& a, const std::string& b) {
  SortedSet<std::string> wa = wordsOf(a), wb = wordsOf(b);
  std::size_t u = wa.unionWith(wb).size();
  if (u == 0) return 1.0;
  return static_cast<double>(wa.intersectWith(wb).size()) / static_cast<double>(u);
}
