#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 2718281u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference LRU: vector of (key, value), front = most recent; O(n) operations.
struct RefLRU {
  std::size_t cap;
  std::vector<std::pair<int, int>> v;
  long find(int key) const {
    for (std::size_t i = 0; i < v.size(); ++i)
      if (v[i].first == key) return static_cast<long>(i);
    return -1;
  }
  bool get(int key, int& value) {
    long i = find(key);
    if (i < 0) return false;
    std::pair<int, int> kv = v[static_cast<std::size_t>(i)];
    v.erase(v.begin() + i);
    v.insert(v.begin(), kv);
    value = kv.second;
    return true;
  }
  bool put(int key, int value, int& evicted) {
    if (cap == 0) {
      evicted = key;
      return true;
    }
    long i = find(key);
    if (i >= 0) v.erase(v.begin() + i);
    v.insert(v.begin(), std::make_pair(key, value));
    if (v.size() > cap) {
      evicted = v.back().first;
      v.pop_back();
      return true;
    }
    return false;
  }
};
}  // namespace

int main() {
  {
    LRUCache c(2);
    int v = 0, ev = 0;
    CHECK(c.size() == 0 && c.capacity() == 2);
    CHECK(!c.get(1, v));
    CHECK(!c.put(1, 1));
    CHECK(!c.put(2, 2));
    CHECK(c.get(1, v) && v == 1);
    CHECK(c.put(3, 3, &ev) && ev == 2);
    CHECK(!c.get(2, v));
    CHECK(c.put(4, 4, &ev) && ev == 1);
    CHECK(!c.get(1, v));
    CHECK(c.get(3, v) && v == 3);
    CHECK(c.get(4, v) && v == 4);
    CHECK(c.keys_by_recency() == std::vector<int>({4, 3}));
    CHECK(!c.put(3, 30));
    CHECK(c.keys_by_recency() == std::vector<int>({3, 4}));
    CHECK(c.get(3, v) && v == 30);
    CHECK(c.hits() == 4 && c.misses() == 3);
    CHECK(c.erase(4) && !c.erase(4));
    CHECK(c.size() == 1 && c.contains(3) && !c.contains(4));
  }
  {
    LRUCache c(0);
    int ev = 0, v = 0;
    CHECK(c.put(5, 5, &ev) && ev == 5);
    CHECK(!c.get(5, v));
    CHECK(c.size() == 0);
  }
  {
    LRUCache c(1);
    int ev = 0;
    CHECK(!c.put(-1, 7));
    CHECK(c.put(-2, 8, &ev) && ev == -1);
    CHECK(c.keys_by_recency() == std::vector<int>({-2}));
  }
  for (int round = 0; round < 20; ++round) {
    std::size_t cap = rnd() % 6;
    LRUCache c(cap);
    RefLRU r{cap, {}};
    for (int op = 0; op < 200; ++op) {
      int key = static_cast<int>(rnd() % 10) - 3;
      unsigned kind = rnd() % 10;
      if (kind < 4) {
        int v1 = -99, v2 = -99;
        bool h1 = c.get(key, v1), h2 = r.get(key, v2);
        CHECK(h1 == h2);
        if (h1) CHECK(v1 == v2);
      } else if (kind < 9) {
        int value = static_cast<int>(rnd() % 1000);
        int e1 = 0, e2 = 0;
        bool x1 = c.put(key, value, &e1), x2 = r.put(key, value, e2);
        CHECK(x1 == x2);
        if (x1) CHECK(e1 == e2);
      } else {
        long i = r.find(key);
        bool had = i >= 0;
        if (had) r.v.erase(r.v.begin() + i);
        CHECK(c.erase(key) == had);
      }
      CHECK(c.size() == r.v.size());
      CHECK(c.size() <= cap);
      std::vector<int> keys;
      for (const auto& kv : r.v) keys.push_back(kv.first);
      CHECK(c.keys_by_recency() == keys);
    }
  }
  return 0;
}
