#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
unsigned long long rs = 0x9E3779B97F4A7C15ull;
unsigned long long rnd() {
  rs ^= rs << 13;
  rs ^= rs >> 7;
  rs ^= rs << 17;
  return rs;
}
std::vector<int> brute(const std::vector<int>& a, std::size_t k, bool want_max) {
  std::vector<int> out;
  if (k == 0 || k > a.size()) return out;
  for (std::size_t i = 0; i + k <= a.size(); ++i) {
    int m = a[i];
    for (std::size_t j = i; j < i + k; ++j) m = want_max ? (a[j] > m ? a[j] : m) : (a[j] < m ? a[j] : m);
    out.push_back(m);
  }
  return out;
}
std::size_t brute_longest(const std::vector<int>& a, long long limit) {
  std::size_t best = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    long long lo = a[i], hi = a[i];
    for (std::size_t j = i; j < a.size(); ++j) {
      if (a[j] < lo) lo = a[j];
      if (a[j] > hi) hi = a[j];
      if (hi - lo > limit) break;
      if (j - i + 1 > best) best = j - i + 1;
    }
  }
  return best;
}
}  // namespace

int main() {
  std::vector<int> empty;
  CHECK(sliding_window_max(empty, 1).empty());
  CHECK(sliding_window_max({1, 2, 3}, 0).empty());
  CHECK(sliding_window_max({1, 2, 3}, 4).empty());
  CHECK(sliding_window_max({7}, 1) == std::vector<int>({7}));
  CHECK(sliding_window_max({1, 3, -1, -3, 5, 3, 6, 7}, 3) == std::vector<int>({3, 3, 5, 5, 6, 7}));
  CHECK(sliding_window_min({1, 3, -1, -3, 5, 3, 6, 7}, 3) == std::vector<int>({-1, -3, -3, -3, 3, 3}));
  CHECK(sliding_window_max({4, 4, 4, 4}, 2) == std::vector<int>({4, 4, 4}));
  CHECK(sliding_window_max({5, 4, 3, 2, 1}, 5) == std::vector<int>({5}));
  CHECK(sliding_window_min({INT_MIN, INT_MAX, 0}, 2) == std::vector<int>({INT_MIN, 0}));
  CHECK(longest_subarray_within(empty, 3) == 0);
  CHECK(longest_subarray_within({8, 2, 4, 7}, 4) == 2);
  CHECK(longest_subarray_within({10, 1, 2, 4, 7, 2}, 5) == 4);
  CHECK(longest_subarray_within({4, 2, 2, 2, 4, 4, 2, 2}, 0) == 3);
  CHECK(longest_subarray_within({INT_MIN, INT_MAX}, 0) == 1);
  CHECK(longest_subarray_within({INT_MIN, INT_MAX}, 4294967295LL) == 2);

  for (int iter = 0; iter < 200; ++iter) {
    std::size_t n = static_cast<std::size_t>(rnd() % 40);
    std::vector<int> a(n);
    for (std::size_t i = 0; i < n; ++i) a[i] = static_cast<int>(rnd() % 21) - 10;
    std::size_t k = static_cast<std::size_t>(rnd() % 42);
    CHECK(sliding_window_max(a, k) == brute(a, k, true));
    CHECK(sliding_window_min(a, k) == brute(a, k, false));
    long long limit = static_cast<long long>(rnd() % 12);
    CHECK(longest_subarray_within(a, limit) == brute_longest(a, limit));
  }
  return 0;
}
