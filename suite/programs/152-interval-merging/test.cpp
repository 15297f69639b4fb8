#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
typedef std::vector<Interval> VI;
bool same(const VI& a, const VI& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].lo != b[i].lo || a[i].hi != b[i].hi) return false;
  return true;
}
unsigned s = 13579u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
const int kLo = -10, kHi = 20;
// Coverage bitmap over [kLo, kHi] and its maximal runs.
VI runs(const std::vector<int>& cover, bool covered) {
  VI out;
  for (int x = kLo; x <= kHi; ++x) {
    bool c = cover[static_cast<std::size_t>(x - kLo)] > 0;
    if (c != covered) continue;
    if (!out.empty() && out.back().hi == x - 1) out.back().hi = x;
    else out.push_back({x, x});
  }
  return out;
}
}  // namespace

int main() {
  CHECK(merge_intervals({}).empty());
  CHECK(same(merge_intervals({{1, 3}, {2, 6}, {8, 10}, {15, 18}}), {{1, 6}, {8, 10}, {15, 18}}));
  CHECK(same(merge_intervals({{1, 4}, {5, 5}}), {{1, 5}}));
  CHECK(same(merge_intervals({{5, 7}, {-3, -1}, {1, 2}}), {{-3, -1}, {1, 2}, {5, 7}}));
  CHECK(same(merge_intervals({{INT_MIN, 0}, {1, INT_MAX}}), {{INT_MIN, INT_MAX}}));
  CHECK(same(merge_intervals({{INT_MAX, INT_MAX}, {INT_MAX, INT_MAX}}), {{INT_MAX, INT_MAX}}));
  CHECK(same(insert_interval({{1, 2}, {6, 9}}, {3, 4}), {{1, 4}, {6, 9}}));
  CHECK(same(insert_interval({{1, 2}, {8, 9}}, {4, 5}), {{1, 2}, {4, 5}, {8, 9}}));
  CHECK(same(insert_interval({}, {4, 5}), {{4, 5}}));
  CHECK(same(insert_interval({{1, 2}, {4, 5}, {7, 8}}, {3, 6}), {{1, 8}}));
  CHECK(covered_count({}) == 0);
  CHECK(covered_count({{INT_MIN, INT_MAX}}) == 4294967296LL);
  CHECK(covered_count({{1, 3}, {2, 4}}) == 4);
  CHECK(min_removals_for_disjoint({{1, 2}, {2, 3}, {3, 4}, {1, 3}}) == 2);
  CHECK(min_removals_for_disjoint({{1, 2}, {1, 2}, {1, 2}}) == 2);
  CHECK(min_removals_for_disjoint({}) == 0);
  CHECK(max_overlap({{1, 5}, {5, 8}, {5, 5}}) == 3);
  CHECK(max_overlap({{1, 4}, {5, 8}}) == 1);
  CHECK(max_overlap({{INT_MAX, INT_MAX}, {INT_MIN, INT_MAX}}) == 2);
  CHECK(same(gaps_within({{2, 3}, {6, 7}}, 0, 9), {{0, 1}, {4, 5}, {8, 9}}));
  CHECK(same(gaps_within({{0, 9}}, 0, 9), {}));
  CHECK(same(gaps_within({}, 4, 4), {{4, 4}}));
  CHECK(same(gaps_within({{INT_MIN, INT_MAX}}, 0, 5), {}));

  for (int iter = 0; iter < 300; ++iter) {
    std::size_t n = rnd() % 8;
    VI v;
    std::vector<int> cover(static_cast<std::size_t>(kHi - kLo + 1), 0);
    for (std::size_t i = 0; i < n; ++i) {
      int a = kLo + static_cast<int>(rnd() % 26);
      int b = a + static_cast<int>(rnd() % 5);
      v.push_back({a, b});
      for (int x = a; x <= b; ++x) ++cover[static_cast<std::size_t>(x - kLo)];
    }
    VI merged = merge_intervals(v);
    CHECK(same(merged, runs(cover, true)));
    long long cnt = 0;
    int mx = 0;
    for (int c : cover) {
      cnt += c > 0;
      if (c > mx) mx = c;
    }
    CHECK(covered_count(v) == cnt);
    CHECK(max_overlap(v) == mx);
    int a = kLo + static_cast<int>(rnd() % 26);
    Interval extra = {a, a + static_cast<int>(rnd() % 5)};
    VI with = v;
    with.push_back(extra);
    CHECK(same(insert_interval(merged, extra), merge_intervals(with)));
    VI gaps = gaps_within(v, kLo, kHi);
    CHECK(same(gaps, runs(cover, false)));
    // min removals: brute force over subsets.
    int best_keep = 0;
    for (unsigned mask = 0; mask < (1u << n); ++mask) {
      bool ok = true;
      int k = 0;
      for (std::size_t i = 0; i < n && ok; ++i) {
        if (!(mask >> i & 1u)) continue;
        ++k;
        for (std::size_t j = i + 1; j < n; ++j)
          if ((mask >> j & 1u) && v[i].lo <= v[j].hi && v[j].lo <= v[i].hi) ok = false;
      }
      if (ok && k > best_keep) best_keep = k;
    }
    CHECK(min_removals_for_disjoint(v) == static_cast<int>(n) - best_keep);
  }
  return 0;
}
