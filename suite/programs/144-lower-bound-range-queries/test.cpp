#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
unsigned s = 55555u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
}  // namespace

int main() {
  {
    SortedIndex e({});
    int out = 0;
    CHECK(e.size() == 0);
    CHECK(e.count_in_range(-5, 5) == 0);
    CHECK(!e.ceiling(0, out) && !e.floor(0, out) && !e.nearest(0, out));
  }
  {
    SortedIndex idx({5, 1, 9, 5, -3, 5, 12});
    int out = 0;
    CHECK(idx.count_in_range(1, 9) == 5);
    CHECK(idx.count_in_range(6, 8) == 0);
    CHECK(idx.count_in_range(9, 1) == 0);
    CHECK(idx.count_in_range(INT_MIN, INT_MAX) == 7);
    CHECK(idx.count_equal(5) == 3);
    CHECK(idx.count_equal(4) == 0);
    CHECK(idx.count_less(5) == 2);
    CHECK(idx.ceiling(6, out) && out == 9);
    CHECK(!idx.ceiling(13, out));
    CHECK(idx.floor(4, out) && out == 1);
    CHECK(!idx.floor(-4, out));
    CHECK(idx.nearest(7, out) && out == 5);   // tie 5 vs 9 -> smaller
    CHECK(idx.nearest(8, out) && out == 9);
    CHECK(idx.nearest(INT_MIN, out) && out == -3);
    CHECK(idx.nearest(INT_MAX, out) && out == 12);
  }
  {
    SortedIndex ext({INT_MIN, INT_MAX});
    int out = 0;
    CHECK(ext.nearest(0, out) && out == INT_MAX);   // distances 2^31 vs 2^31-1
    CHECK(ext.nearest(-1, out) && out == INT_MIN);
  }
  CHECK(manual_lower_bound({}, 3) == 0);
  CHECK(manual_lower_bound({1, 2, 2, 2, 3}, 2) == 1);
  CHECK(manual_lower_bound({1, 2, 2, 2, 3}, 4) == 5);
  CHECK(count_close_pairs({1, 3, 1}, 0) == 1);
  CHECK(count_close_pairs({1, 5, 9}, 4) == 2);
  CHECK(count_close_pairs({INT_MIN, INT_MAX}, 4294967295LL) == 1);
  CHECK(count_close_pairs({1, 2}, -1) == 0);

  for (int iter = 0; iter < 150; ++iter) {
    std::size_t n = rnd() % 25;
    std::vector<int> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<int>(rnd() % 31) - 15;
    SortedIndex idx(v);
    for (int q = 0; q < 10; ++q) {
      int lo = static_cast<int>(rnd() % 41) - 20, hi = static_cast<int>(rnd() % 41) - 20;
      std::size_t c = 0, eq = 0, less = 0;
      bool hc = false, hf = false;
      int best_c = 0, best_f = 0;
      for (int x : v) {
        if (x >= lo && x <= hi) ++c;
        if (x == lo) ++eq;
        if (x < lo) ++less;
        if (x >= lo && (!hc || x < best_c)) { hc = true; best_c = x; }
        if (x <= lo && (!hf || x > best_f)) { hf = true; best_f = x; }
      }
      CHECK(idx.count_in_range(lo, hi) == c);
      CHECK(idx.count_equal(lo) == eq);
      CHECK(idx.count_less(lo) == less);
      int out = 0;
      CHECK(idx.ceiling(lo, out) == hc);
      if (hc) CHECK(out == best_c);
      CHECK(idx.floor(lo, out) == hf);
      if (hf) CHECK(out == best_f);
      if (n > 0) {
        CHECK(idx.nearest(lo, out));
        int bd = INT_MAX, bv = 0;
        for (int x : v) {
          int d = x > lo ? x - lo : lo - x;
          if (d < bd || (d == bd && x < bv)) { bd = d; bv = x; }
        }
        CHECK(out == bv);
      }
    }
    long long d = static_cast<long long>(rnd() % 8);
    long long pairs = 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) {
        long long diff = static_cast<long long>(v[i]) - v[j];
        if (diff <= d && -diff <= d) ++pairs;
      }
    CHECK(count_close_pairs(v, d) == pairs);
    std::vector<int> sorted = v;
    for (std::size_t i = 1; i < sorted.size(); ++i)
      for (std::size_t j = i; j > 0 && sorted[j - 1] > sorted[j]; --j) std::swap(sorted[j - 1], sorted[j]);
    int x = static_cast<int>(rnd() % 41) - 20;
    std::size_t lb = 0;
    while (lb < sorted.size() && sorted[lb] < x) ++lb;
    CHECK(manual_lower_bound(sorted, x) == lb);
  }
  return 0;
}
