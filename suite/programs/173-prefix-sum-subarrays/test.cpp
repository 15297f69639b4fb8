#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
typedef std::vector<int> VI;
unsigned s = 9090u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
long long range_sum(const VI& a, std::size_t i, std::size_t j) {
  long long t = 0;
  for (std::size_t k = i; k < j; ++k) t += a[k];
  return t;
}
}  // namespace

int main() {
  CHECK(count_subarrays_with_sum({}, 0) == 0);
  CHECK(count_subarrays_with_sum({1, 1, 1}, 2) == 2);
  CHECK(count_subarrays_with_sum({1, 2, 3}, 3) == 2);
  CHECK(count_subarrays_with_sum({0, 0, 0}, 0) == 6);
  CHECK(count_subarrays_with_sum({1, -1, 1, -1}, 0) == 4);
  CHECK(count_subarrays_with_sum({INT_MAX, INT_MAX}, 2LL * INT_MAX) == 1);
  CHECK(longest_subarray_with_sum({1, -1, 5, -2, 3}, 3) == 4);
  CHECK(longest_subarray_with_sum({-2, -1, 2, 1}, 1) == 2);
  CHECK(longest_subarray_with_sum({1, 2}, 7) == 0);
  CHECK(count_subarrays_divisible({4, 5, 0, -2, -3, 1}, 5) == 7);
  CHECK(count_subarrays_divisible({5}, 9) == 0);
  CHECK(count_subarrays_divisible({-1, 2, 9}, 2) == 2);
  CHECK(max_subarray_sum({-2, 1, -3, 4, -1, 2, 1, -5, 4}) == 6);
  CHECK(max_subarray_sum({-3, -1, -2}) == -1);
  CHECK(max_subarray_sum({INT_MAX, INT_MAX}) == 2LL * INT_MAX);
  CHECK(max_subarray_sum({INT_MIN}) == INT_MIN);
  CHECK(longest_balanced_binary({0, 1}) == 2);
  CHECK(longest_balanced_binary({0, 1, 0}) == 2);
  CHECK(longest_balanced_binary({0, 0, 1, 0, 0, 0, 1, 1}) == 6);
  CHECK(longest_balanced_binary({}) == 0);
  CHECK(shortest_subarray_at_least({2, 3, 1, 2, 4, 3}, 7) == 2);
  CHECK(shortest_subarray_at_least({1, 4, 4}, 4) == 1);
  CHECK(shortest_subarray_at_least({1, 1, 1}, 11) == 0);
  CHECK(shortest_subarray_at_least({}, 1) == 0);

  for (int iter = 0; iter < 250; ++iter) {
    std::size_t n = rnd() % 25;
    VI a(n), bits(n), nonneg(n);
    for (std::size_t i = 0; i < n; ++i) {
      a[i] = static_cast<int>(rnd() % 11) - 5;
      bits[i] = static_cast<int>(rnd() % 2);
      nonneg[i] = static_cast<int>(rnd() % 6);
    }
    long long k = static_cast<long long>(rnd() % 11) - 5;
    long long m = 1 + static_cast<long long>(rnd() % 6);
    long long target = static_cast<long long>(rnd() % 15);
    long long cnt = 0, div = 0;
    std::size_t longest = 0, balanced = 0, shortest = 0;
    long long best = LLONG_MIN;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j <= n; ++j) {
        long long sum = range_sum(a, i, j);
        if (sum == k) {
          ++cnt;
          if (j - i > longest) longest = j - i;
        }
        if (sum % m == 0) ++div;
        if (sum > best) best = sum;
        if (2 * range_sum(bits, i, j) == static_cast<long long>(j - i) && j - i > balanced) balanced = j - i;
        if (range_sum(nonneg, i, j) >= target && (shortest == 0 || j - i < shortest)) shortest = j - i;
      }
    CHECK(count_subarrays_with_sum(a, k) == cnt);
    CHECK(longest_subarray_with_sum(a, k) == longest);
    CHECK(count_subarrays_divisible(a, m) == div);
    if (n > 0) CHECK(max_subarray_sum(a) == best);
    CHECK(longest_balanced_binary(bits) == balanced);
    CHECK(shortest_subarray_at_least(nonneg, target) == shortest);
  }
  return 0;
}
