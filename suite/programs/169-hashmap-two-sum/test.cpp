#include "check.h"
#include "solution.hpp"

#include <algorithm>
#include <climits>
#include <set>

namespace {
typedef std::vector<int> VI;
typedef std::array<int, 3> T3;
unsigned s = 6502u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
}  // namespace

int main() {
  std::size_t i = 0, j = 0;
  CHECK(!two_sum({}, 0, i, j));
  CHECK(!two_sum({5}, 10, i, j));
  CHECK(two_sum({2, 7, 11, 15}, 9, i, j) && i == 0 && j == 1);
  CHECK(two_sum({3, 2, 4}, 6, i, j) && i == 1 && j == 2);
  CHECK(two_sum({3, 3}, 6, i, j) && i == 0 && j == 1);
  CHECK(two_sum({1, 5, 1, 5}, 6, i, j) && i == 0 && j == 1);
  CHECK(two_sum({INT_MAX, INT_MAX}, 2LL * INT_MAX, i, j) && i == 0 && j == 1);
  CHECK(two_sum({INT_MIN, 5, INT_MIN}, 2LL * INT_MIN, i, j) && i == 0 && j == 2);
  CHECK(count_pairs_with_sum({1, 1, 1, 1}, 2) == 6);
  CHECK(count_pairs_with_sum({1, 5, 7, -1, 5}, 6) == 3);
  CHECK(count_pairs_with_sum({}, 0) == 0);
  CHECK(three_sum({-1, 0, 1, 2, -1, -4}, 0) == std::vector<T3>({T3{{-1, -1, 2}}, T3{{-1, 0, 1}}}));
  CHECK(three_sum({0, 0, 0, 0}, 0) == std::vector<T3>({T3{{0, 0, 0}}}));
  CHECK(three_sum({1, 2}, 3).empty());
  CHECK(three_sum({INT_MAX, INT_MAX, INT_MAX}, 3LL * INT_MAX).size() == 1);
  CHECK(four_sum_count({1, 2}, {-2, -1}, {-1, 2}, {0, 2}) == 2);
  CHECK(four_sum_count({}, {1}, {1}, {1}) == 0);
  CHECK(longest_consecutive({}) == 0);
  CHECK(longest_consecutive({100, 4, 200, 1, 3, 2}) == 4);
  CHECK(longest_consecutive({0, 3, 7, 2, 5, 8, 4, 6, 0, 1}) == 9);
  CHECK(longest_consecutive({INT_MAX, INT_MIN, INT_MAX - 1}) == 2);

  for (int iter = 0; iter < 200; ++iter) {
    std::size_t n = rnd() % 25;
    VI a(n);
    for (std::size_t k = 0; k < n; ++k) a[k] = static_cast<int>(rnd() % 21) - 10;
    long long target = static_cast<long long>(rnd() % 21) - 10;
    // Brute-force two_sum with the documented tie-breaking.
    bool found = false;
    std::size_t bi = 0, bj = 0;
    for (std::size_t y = 0; y < n && !found; ++y)
      for (std::size_t x = 0; x < y && !found; ++x)
        if (static_cast<long long>(a[x]) + a[y] == target) {
          found = true;
          bi = x;
          bj = y;
        }
    CHECK(two_sum(a, target, i, j) == found);
    if (found) CHECK(i == bi && j == bj);
    long long pairs = 0;
    for (std::size_t x = 0; x < n; ++x)
      for (std::size_t y = x + 1; y < n; ++y) pairs += (a[x] + a[y] == target);
    CHECK(count_pairs_with_sum(a, target) == pairs);
    std::set<T3> trip;
    for (std::size_t x = 0; x < n; ++x)
      for (std::size_t y = x + 1; y < n; ++y)
        for (std::size_t z = y + 1; z < n; ++z)
          if (a[x] + a[y] + a[z] == target) {
            T3 t = {{a[x], a[y], a[z]}};
            std::sort(t.begin(), t.end());
            trip.insert(t);
          }
    CHECK(three_sum(a, target) == std::vector<T3>(trip.begin(), trip.end()));
    std::size_t best = 0;
    for (int start = -10; start <= 10; ++start) {
      std::size_t len = 0;
      while (start + static_cast<int>(len) <= 10 &&
             std::find(a.begin(), a.end(), start + static_cast<int>(len)) != a.end())
        ++len;
      best = std::max(best, len);
    }
    CHECK(longest_consecutive(a) == best);
    VI b(n % 6), c(n % 5), d(n % 7), e(n % 4);
    for (int& x : b) x = static_cast<int>(rnd() % 7) - 3;
    for (int& x : c) x = static_cast<int>(rnd() % 7) - 3;
    for (int& x : d) x = static_cast<int>(rnd() % 7) - 3;
    for (int& x : e) x = static_cast<int>(rnd() % 7) - 3;
    long long q = 0;
    for (int w : b)
      for (int x : c)
        for (int y : d)
          for (int z : e) q += (w + x + y + z == 0);
    CHECK(four_sum_count(b, c, d, e) == q);
  }
  return 0;
}
