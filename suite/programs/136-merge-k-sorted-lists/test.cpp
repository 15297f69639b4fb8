#include "check.h"
#include "solution.hpp"

#include <algorithm>
#include <climits>

namespace {
unsigned s = 99991u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
typedef std::vector<std::vector<int>> Lists;
}  // namespace

int main() {
  CHECK(merge_k_sorted({}).empty());
  CHECK(merge_k_sorted({{}, {}, {}}).empty());
  CHECK(merge_k_sorted({{1, 4, 5}, {1, 3, 4}, {2, 6}}) == std::vector<int>({1, 1, 2, 3, 4, 4, 5, 6}));
  CHECK(merge_k_sorted({{}, {-3, -3}, {}}) == std::vector<int>({-3, -3}));
  CHECK(merge_k_sorted({{INT_MAX}, {INT_MIN}}) == std::vector<int>({INT_MIN, INT_MAX}));

  int lo = 0, hi = 0;
  CHECK(!smallest_covering_range({}, lo, hi));
  CHECK(!smallest_covering_range({{1, 2}, {}}, lo, hi));
  CHECK(smallest_covering_range({{4, 10, 15, 24, 26}, {0, 9, 12, 20}, {5, 18, 22, 30}}, lo, hi));
  CHECK(lo == 20 && hi == 24);
  CHECK(smallest_covering_range({{1, 2, 3}, {1, 2, 3}, {1, 2, 3}}, lo, hi));
  CHECK(lo == 1 && hi == 1);
  CHECK(smallest_covering_range({{7}}, lo, hi));
  CHECK(lo == 7 && hi == 7);
  CHECK(smallest_covering_range({{INT_MIN}, {INT_MAX}}, lo, hi));
  CHECK(lo == INT_MIN && hi == INT_MAX);

  CHECK(kth_smallest_pair_sum({1, 7, 11}, {2, 4, 6}, 1) == 3);
  CHECK(kth_smallest_pair_sum({1, 7, 11}, {2, 4, 6}, 3) == 7);
  CHECK(kth_smallest_pair_sum({1, 7, 11}, {2, 4, 6}, 9) == 17);
  CHECK(kth_smallest_pair_sum({INT_MAX}, {INT_MAX}, 1) == 2LL * INT_MAX);

  for (int iter = 0; iter < 200; ++iter) {
    std::size_t k = rnd() % 6;
    Lists lists(k);
    std::vector<int> all;
    bool any_empty = false;
    for (std::size_t i = 0; i < k; ++i) {
      std::size_t len = rnd() % 7;
      for (std::size_t j = 0; j < len; ++j) lists[i].push_back(static_cast<int>(rnd() % 31) - 15);
      std::sort(lists[i].begin(), lists[i].end());
      all.insert(all.end(), lists[i].begin(), lists[i].end());
      if (len == 0) any_empty = true;
    }
    std::vector<int> ref = all;
    std::sort(ref.begin(), ref.end());
    CHECK(merge_k_sorted(lists) == ref);

    bool ok = smallest_covering_range(lists, lo, hi);
    CHECK(ok == (k > 0 && !any_empty));
    if (ok) {
      // Brute force: every [x, y] with x, y from the values, smallest width then smallest x.
      bool have = false;
      int blo = 0, bhi = 0;
      for (int x : ref)
        for (int y : ref) {
          if (y < x) continue;
          bool covers = true;
          for (const std::vector<int>& l : lists) {
            bool hit = false;
            for (int v : l) hit = hit || (v >= x && v <= y);
            covers = covers && hit;
          }
          if (covers && (!have || y - x < bhi - blo || (y - x == bhi - blo && x < blo))) {
            have = true;
            blo = x;
            bhi = y;
          }
        }
      CHECK(have && lo == blo && hi == bhi);
    }

    if (k >= 2 && !lists[0].empty() && !lists[1].empty()) {
      std::vector<long long> sums;
      for (int x : lists[0])
        for (int y : lists[1]) sums.push_back(static_cast<long long>(x) + y);
      std::sort(sums.begin(), sums.end());
      for (std::size_t q = 1; q <= sums.size(); ++q) CHECK(kth_smallest_pair_sum(lists[0], lists[1], q) == sums[q - 1]);
    }
  }
  return 0;
}
