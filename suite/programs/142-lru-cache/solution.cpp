#include "solution.hpp"

LRUCache::LRUCache(std::size_t capacity) : capacity_(capacity), hits_(0), misses_(0) {}

bool LRUCache::get(int key, int& value) {
  auto it = index_.find(key);
  if (it == index_.end()) {
    ++misses_;
    return false;
  }
  ++hits_;
  order_.splice(order_.begin(), order_, it->second);
  value = it->second->second;
  return true;
}

bool LRUCache::put(int key, int value, int* evicted) {
  if (capacity_ == 0) {
    if (evicted) *evicted = key;
    return true;  // the new entry is evicted immediately
  }
  auto it = index_.find(key);
  if (it != index_.end()) {
    it->second->second = value;
    order_.splice(order_.begin(), order_, it->second);
    return false;
  }
  order_.emplace_front(key, value);
  index_[key] = order_.begin();
  if (order_.size() > capacity_) {
    int victim = order_.back().first;
    index_.erase(victim);
    order_.pop_back();
    if (evicted) *evicted = victim;
    return true;
  }
  return false;
}

bool LRUCache::erase(int key) {
  auto it = index_.find(key);
  if (it == index_.end()) return false;
  order_.erase(it->second);
  index_.erase(it);
  return true;
}

bool LRUCache::contains(int key) const { return index_.count(key) != 0; }

std::size_t LRUCache::size() const { return order_.size(); }

std::size_t LRUCache::capacity() const { return capacity_; }

std::size_t LRUCache::hits() const { return hits_; }

std::size_t LRUCache::misses() const { return misses_; }

std::vector<int> LRUCache::keys_by_recency() const {
  std::vector<int> keys;
  keys.reserve(order_.size());
  for (const auto& kv : order_) keys.push_back(kv.first);
  return keys;
}
