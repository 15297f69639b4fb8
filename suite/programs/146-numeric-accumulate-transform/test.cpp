#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
unsigned s = 97531u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
typedef std::vector<long long> VL;
typedef std::vector<int> VI;
}  // namespace

int main() {
  VI empty;
  CHECK(sum_of(empty) == 0);
  CHECK(dot_product(empty, empty) == 0);
  CHECK(prefix_sums(empty).empty());
  CHECK(adjacent_differences(empty).empty());
  CHECK(sum_of({INT_MAX, INT_MAX, INT_MAX}) == 3LL * INT_MAX);
  CHECK(dot_product({1, 2, 3}, {4, -5, 6}) == 12);
  CHECK(dot_product({INT_MIN}, {INT_MIN}) == 4611686018427387904LL);
  CHECK(dot_product({INT_MIN, INT_MAX}, {INT_MIN, INT_MIN}) == 2147483648LL);
  CHECK(prefix_sums({3, -1, 4, -1, 5}) == VL({3, 2, 6, 5, 10}));
  CHECK(prefix_sums({INT_MAX, 1}) == VL({INT_MAX, 2147483648LL}));
  CHECK(adjacent_differences({1, 4, 9, 16}) == VI({1, 3, 5, 7}));
  CHECK(squares({-3, 0, 46341}) == VL({9, 0, 2147488281LL}));
  CHECK(fused({1, 2, 3}, {4, 5, 6}, -10) == VL({-6, 0, 8}));
  CHECK(three_way_stable({3, -1, 0, -5, 2, 0, -2, 1}) == VI({-1, -5, -2, 0, 0, 3, 2, 1}));
  CHECK(range_sums({1, 2, 3, 4, 5}, {{0, 4}, {1, 3}, {2, 2}, {0, 0}}) == VL({15, 9, 3, 1}));
  CHECK(argmax_running_sum({-2, 1, 3, -10, 4}) == 2);
  CHECK(argmax_running_sum({-1}) == 0);
  CHECK(argmax_running_sum({5, -5, 5}) == 0);
  {
    VI v = {1, 2, 3, 4, 5, 6, -7, -8};
    CHECK(partition_evens(v) == 4);
    for (std::size_t i = 0; i < 4; ++i) CHECK(v[i] % 2 == 0);
    for (std::size_t i = 4; i < 8; ++i) CHECK(v[i] % 2 != 0);
  }
  for (int iter = 0; iter < 200; ++iter) {
    std::size_t n = rnd() % 20;
    VI a(n), b(n);
    for (std::size_t i = 0; i < n; ++i) {
      a[i] = static_cast<int>(rnd() % 2001) - 1000;
      b[i] = static_cast<int>(rnd() % 2001) - 1000;
    }
    long long sum = 0, dot = 0;
    VL pre;
    for (std::size_t i = 0; i < n; ++i) {
      sum += a[i];
      dot += static_cast<long long>(a[i]) * b[i];
      pre.push_back(sum);
    }
    CHECK(sum_of(a) == sum);
    CHECK(dot_product(a, b) == dot);
    CHECK(prefix_sums(a) == pre);
    VI diff = adjacent_differences(a);
    long long run = 0;
    for (std::size_t i = 0; i < n; ++i) {
      run += diff[i];
      CHECK(run == a[i]);
    }
    VL f = fused(a, b, 7);
    VL sq = squares(a);
    for (std::size_t i = 0; i < n; ++i) {
      CHECK(f[i] == static_cast<long long>(a[i]) * b[i] + 7);
      CHECK(sq[i] == static_cast<long long>(a[i]) * a[i]);
    }
    VI p = a;
    std::size_t evens = partition_evens(p);
    std::size_t cnt = 0;
    for (int x : a) cnt += (x % 2 == 0);
    CHECK(evens == cnt);
    for (std::size_t i = 0; i < n; ++i) CHECK((p[i] % 2 == 0) == (i < evens));
    CHECK(sum_of(p) == sum);
    VI t = three_way_stable(a), expect;
    for (int x : a) if (x < 0) expect.push_back(x);
    for (int x : a) if (x == 0) expect.push_back(x);
    for (int x : a) if (x > 0) expect.push_back(x);
    CHECK(t == expect);
    if (n > 0) {
      std::size_t i = rnd() % n, j = rnd() % n;
      if (i > j) std::swap(i, j);
      long long rs = 0;
      for (std::size_t k = i; k <= j; ++k) rs += a[k];
      CHECK(range_sums(a, {{i, j}}) == VL({rs}));
      std::size_t am = 0;
      for (std::size_t k = 1; k < n; ++k) if (pre[k] > pre[am]) am = k;
      CHECK(argmax_running_sum(a) == am);
    }
  }
  return 0;
}
