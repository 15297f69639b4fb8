#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
typedef std::vector<int> VI;
unsigned long long st = 88172645463325252ull;
unsigned long long rnd() {
  st ^= st << 13;
  st ^= st >> 7;
  st ^= st << 17;
  return st;
}
VI insertion_sorted(VI v) {
  for (std::size_t i = 1; i < v.size(); ++i)
    for (std::size_t j = i; j > 0 && v[j - 1] > v[j]; --j) std::swap(v[j - 1], v[j]);
  return v;
}
}  // namespace

int main() {
  CHECK_NEAR(median({5}), 5.0, 0.0);
  CHECK_NEAR(median({3, 1, 2}), 2.0, 0.0);
  CHECK_NEAR(median({4, 1, 3, 2}), 2.5, 0.0);
  CHECK_NEAR(median({-5, -5, -5, -5}), -5.0, 0.0);
  CHECK_NEAR(median({INT_MAX, INT_MAX}), 2147483647.0, 0.0);
  CHECK_NEAR(median({INT_MIN, INT_MAX}), -0.5, 0.0);
  CHECK_NEAR(median_of_doubles({1.5, -2.25, 8.0}), 1.5, 1e-12);
  CHECK_NEAR(median_of_doubles({1e308, 1e308}), 1e308, 1e-12);
  CHECK_NEAR(median_of_doubles({0.1, 0.2, 0.3, 0.4}), 0.25, 1e-12);
  CHECK(kth_smallest({7, 10, 4, 3, 20, 15}, 2) == 7);
  CHECK(quickselect({7, 10, 4, 3, 20, 15}, 2) == 7);
  CHECK(quickselect({1}, 0) == 1);
  CHECK(quickselect({2, 2, 2, 2}, 3) == 2);
  CHECK(percentile_nearest_rank({15, 20, 35, 40, 50}, 5) == 15);
  CHECK(percentile_nearest_rank({15, 20, 35, 40, 50}, 30) == 20);
  CHECK(percentile_nearest_rank({15, 20, 35, 40, 50}, 40) == 20);
  CHECK(percentile_nearest_rank({15, 20, 35, 40, 50}, 50) == 35);
  CHECK(percentile_nearest_rank({15, 20, 35, 40, 50}, 100) == 50);
  CHECK(percentile_nearest_rank({3, 1}, 0) == 1);
  CHECK(min_total_distance({}) == 0);
  CHECK(min_total_distance({1, 10, 2, 9}) == 16);
  CHECK(min_total_distance({INT_MIN, INT_MAX}) == 4294967295LL);

  for (int iter = 0; iter < 300; ++iter) {
    std::size_t n = 1 + rnd() % 30;
    VI v(n);
    int range = (iter % 3 == 0) ? 3 : 1000;
    for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<int>(rnd() % (2 * range + 1)) - range;
    VI srt = insertion_sorted(v);
    double med = n % 2 ? srt[n / 2] : (static_cast<double>(srt[n / 2 - 1]) + srt[n / 2]) / 2.0;
    CHECK_NEAR(median(v), med, 0.0);
    std::vector<double> dv(v.begin(), v.end());
    CHECK_NEAR(median_of_doubles(dv), med, 1e-12);
    std::size_t k = rnd() % n;
    CHECK(kth_smallest(v, k) == srt[k]);
    CHECK(quickselect(v, k) == srt[k]);
    int p = static_cast<int>(rnd() % 101);
    std::size_t idx = 0;
    while (idx + 1 < n && (idx + 1) * 100 < static_cast<std::size_t>(p) * n) ++idx;
    CHECK(percentile_nearest_rank(v, p) == srt[idx]);
    long long best = -1;
    for (int c : v) {
      long long t = 0;
      for (int x : v) t += x > c ? x - c : c - x;
      if (best < 0 || t < best) best = t;
    }
    CHECK(min_total_distance(v) == best);
  }
  return 0;
}
