#include "check.h"
#include "solution.hpp"

#include <algorithm>
#include <climits>

namespace {
typedef std::vector<int> VI;
unsigned s = 3737u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
double ref_median(VI v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (static_cast<double>(v[n / 2 - 1]) + v[n / 2]) / 2.0;
}
}  // namespace

int main() {
  {
    MedianFinder mf;
    CHECK(mf.size() == 0);
    CHECK_NEAR(mf.median(), 0.0, 0);
    mf.add(1);
    CHECK_NEAR(mf.median(), 1.0, 0);
    mf.add(2);
    CHECK_NEAR(mf.median(), 1.5, 0);
    CHECK(mf.lower_median() == 1);
    mf.add(3);
    CHECK_NEAR(mf.median(), 2.0, 0);
    CHECK(mf.size() == 3);
  }
  {
    MedianFinder mf;
    mf.add(INT_MAX);
    mf.add(INT_MAX);
    CHECK_NEAR(mf.median(), 2147483647.0, 0);
    mf.add(INT_MIN);
    mf.add(INT_MIN);
    CHECK_NEAR(mf.median(), -0.5, 0);
    CHECK(mf.lower_median() == INT_MIN);
  }
  CHECK(running_medians({}).empty());
  {
    std::vector<double> r = running_medians({5, 15, 1, 3});
    CHECK(r.size() == 4);
    CHECK_NEAR(r[0], 5, 0);
    CHECK_NEAR(r[1], 10, 0);
    CHECK_NEAR(r[2], 5, 0);
    CHECK_NEAR(r[3], 4, 0);
  }
  {
    std::vector<double> w = sliding_window_medians({1, 3, -1, -3, 5, 3, 6, 7}, 3);
    std::vector<double> expect = {1, -1, -1, 3, 5, 6};
    CHECK(w.size() == expect.size());
    for (std::size_t i = 0; i < w.size(); ++i) CHECK_NEAR(w[i], expect[i], 0);
    std::vector<double> w2 = sliding_window_medians({1, 2, 3, 4, 2, 3, 1, 4, 2}, 4);
    std::vector<double> e2 = {2.5, 2.5, 3, 2.5, 2.5, 2.5};
    CHECK(w2.size() == e2.size());
    for (std::size_t i = 0; i < w2.size(); ++i) CHECK_NEAR(w2[i], e2[i], 0);
    CHECK(sliding_window_medians({1, 2}, 0).empty());
    CHECK(sliding_window_medians({1, 2}, 3).empty());
    std::vector<double> w3 = sliding_window_medians({INT_MAX, INT_MAX}, 2);
    CHECK(w3.size() == 1);
    CHECK_NEAR(w3[0], 2147483647.0, 0);
  }
  for (int iter = 0; iter < 120; ++iter) {
    std::size_t n = rnd() % 24;
    int range = iter % 2 ? 3 : 1000;
    VI a(n);
    for (int& x : a) x = static_cast<int>(rnd() % (2 * range + 1)) - range;
    std::vector<double> r = running_medians(a);
    CHECK(r.size() == n);
    MedianFinder mf;
    for (std::size_t i = 0; i < n; ++i) {
      VI prefix(a.begin(), a.begin() + static_cast<long>(i) + 1);
      CHECK_NEAR(r[i], ref_median(prefix), 0);
      mf.add(a[i]);
      std::sort(prefix.begin(), prefix.end());
      CHECK(mf.lower_median() == prefix[(prefix.size() - 1) / 2]);
    }
    std::size_t k = rnd() % (n + 2);
    std::vector<double> w = sliding_window_medians(a, k);
    if (k == 0 || k > n) {
      CHECK(w.empty());
    } else {
      CHECK(w.size() == n - k + 1);
      for (std::size_t i = 0; i + k <= n; ++i)
        CHECK_NEAR(w[i], ref_median(VI(a.begin() + static_cast<long>(i), a.begin() + static_cast<long>(i + k))), 0);
    }
  }
  return 0;
}
