#include "check.h"
#include "solution.hpp"

#include <algorithm>
#include <climits>

namespace {
typedef std::vector<int> VI;
unsigned s = 424242u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
}  // namespace

int main() {
  CHECK(sorted_distinct({}).empty());
  CHECK(sorted_distinct({3, 1, 3, -2, 1, INT_MIN, INT_MAX}) == VI({INT_MIN, -2, 1, 3, INT_MAX}));
  {
    VI v = {1, 2, 1, 3, 1};
    CHECK(remove_all(v, 1) == 3);
    CHECK(v == VI({2, 3}));
    CHECK(remove_all(v, 9) == 0);
    VI e;
    CHECK(remove_all(e, 0) == 0);
  }
  CHECK(dedup_keep_order({4, 5, 4, 6, 5, 7}) == VI({4, 5, 6, 7}));
  CHECK(dedup_keep_order({}).empty());
  CHECK(squeeze("") == "");
  CHECK(squeeze("aaabccddd") == "abcd");
  CHECK(squeeze("abab") == "abab");
  CHECK(keep_at_most_k_in_runs({1, 1, 1, 2, 2, 1, 1}, 2) == VI({1, 1, 2, 2, 1, 1}));
  CHECK(keep_at_most_k_in_runs({1, 1, 1}, 0).empty());
  CHECK(keep_at_most_k_in_runs({5, 5, 5, 5}, 1) == VI({5}));
  CHECK(strip_vowels("Programming In C++") == "Prgrmmng n C++");
  CHECK(strip_vowels("AEIOUaeiou") == "");
  {
    VI v = {0, 0, 1, 1, 1, 1, 2, 3, 3};
    CHECK(dedup_sorted_allow_two(v) == 7);
    CHECK(v == VI({0, 0, 1, 1, 2, 3, 3}));
    VI e;
    CHECK(dedup_sorted_allow_two(e) == 0);
  }
  for (int iter = 0; iter < 200; ++iter) {
    std::size_t n = rnd() % 20;
    VI v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<int>(rnd() % 7) - 3;
    // sorted_distinct: each value of [-3,3] present iff in v.
    VI expect;
    for (int x = -3; x <= 3; ++x)
      if (std::find(v.begin(), v.end(), x) != v.end()) expect.push_back(x);
    CHECK(sorted_distinct(v) == expect);
    // dedup_keep_order: first-occurrence scan.
    VI order;
    for (std::size_t i = 0; i < n; ++i) {
      bool earlier = false;
      for (std::size_t j = 0; j < i; ++j) earlier = earlier || v[j] == v[i];
      if (!earlier) order.push_back(v[i]);
    }
    CHECK(dedup_keep_order(v) == order);
    int x = static_cast<int>(rnd() % 7) - 3;
    VI r = v, keep;
    for (int y : v) if (y != x) keep.push_back(y);
    CHECK(remove_all(r, x) == n - keep.size());
    CHECK(r == keep);
    // keep_at_most_k_in_runs with k=1 equals std::unique.
    VI u = v;
    u.erase(std::unique(u.begin(), u.end()), u.end());
    CHECK(keep_at_most_k_in_runs(v, 1) == u);
    CHECK(keep_at_most_k_in_runs(v, n + 1) == v);
    // dedup_sorted_allow_two on sorted input: each value appears min(count, 2) times.
    VI sorted = v;
    std::sort(sorted.begin(), sorted.end());
    VI d2 = sorted;
    std::size_t len = dedup_sorted_allow_two(d2);
    CHECK(len == d2.size());
    for (int val = -3; val <= 3; ++val) {
      long c = std::count(sorted.begin(), sorted.end(), val);
      CHECK(std::count(d2.begin(), d2.end(), val) == (c < 2 ? c : 2));
    }
    CHECK(std::is_sorted(d2.begin(), d2.end()));
  }
  return 0;
}
