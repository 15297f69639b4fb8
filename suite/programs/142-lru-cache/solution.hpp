#pragma once
#include <cstddef>
#include <list>
#include <unordered_map>
#include <utility>
#include <vector>

// Least-recently-used cache of int -> int with O(1) get/put (list + hash map).
class LRUCache {
 public:
  explicit LRUCache(std::size_t capacity);
  // Looks the key up; on a hit writes value, marks it most recently used and returns true.
  bool get(int key, int& value);
  // Inserts or updates; evicts the least recently used entry when over capacity.
  // Returns the evicted key through *evicted (if non-null) and true if an eviction happened.
  bool put(int key, int value, int* evicted = nullptr);
  bool erase(int key);
  bool contains(int key) const;  // does not change recency
  std::size_t size() const;
  std::size_t capacity() const;
  std::size_t hits() const;
  std::size_t misses() const;
  // Keys from most to least recently used.
  std::vector<int> keys_by_recency() const;

 private:
  typedef std::list<std::pair<int, int>> List;
  std::size_t capacity_;
  std::size_t hits_;
  std::size_t misses_;
  List order_;
  std::unordered_map<int, List::iterator> index_;
};
