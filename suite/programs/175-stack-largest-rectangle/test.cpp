#include "check.h"
#include "solution.hpp"

#include <climits>

namespace {
typedef std::vector<int> VI;
unsigned s = 55441u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
long long brute_rect(const VI& h) {
  long long best = 0;
  for (std::size_t i = 0; i < h.size(); ++i) {
    long long mn = h[i];
    for (std::size_t j = i; j < h.size(); ++j) {
      if (h[j] < mn) mn = h[j];
      long long area = mn * static_cast<long long>(j - i + 1);
      if (area > best) best = area;
    }
  }
  return best;
}
long long brute_water(const VI& h) {
  long long w = 0;
  for (std::size_t i = 0; i < h.size(); ++i) {
    int lmax = 0, rmax = 0;
    for (std::size_t j = 0; j <= i; ++j) lmax = h[j] > lmax ? h[j] : lmax;
    for (std::size_t j = i; j < h.size(); ++j) rmax = h[j] > rmax ? h[j] : rmax;
    w += (lmax < rmax ? lmax : rmax) - h[i];
  }
  return w;
}
long long brute_matrix(const std::vector<std::string>& m) {
  long long best = 0;
  std::size_t R = m.size(), C = R ? m[0].size() : 0;
  for (std::size_t r1 = 0; r1 < R; ++r1)
    for (std::size_t r2 = r1; r2 < R; ++r2)
      for (std::size_t c1 = 0; c1 < C; ++c1)
        for (std::size_t c2 = c1; c2 < C; ++c2) {
          bool all = true;
          for (std::size_t r = r1; r <= r2 && all; ++r)
            for (std::size_t c = c1; c <= c2 && all; ++c) all = m[r][c] == '1';
          long long area = static_cast<long long>((r2 - r1 + 1) * (c2 - c1 + 1));
          if (all && area > best) best = area;
        }
  return best;
}
}  // namespace

int main() {
  CHECK(largest_rectangle({}) == 0);
  CHECK(largest_rectangle({0}) == 0);
  CHECK(largest_rectangle({5}) == 5);
  CHECK(largest_rectangle({2, 1, 5, 6, 2, 3}) == 10);
  CHECK(largest_rectangle({2, 4}) == 4);
  CHECK(largest_rectangle({3, 3, 3, 3}) == 12);
  CHECK(largest_rectangle({1, 2, 3, 4, 5}) == 9);
  CHECK(largest_rectangle({INT_MAX, INT_MAX, INT_MAX}) == 3LL * INT_MAX);
  CHECK(maximal_rectangle({}) == 0);
  CHECK(maximal_rectangle({"10100", "10111", "11111", "10010"}) == 6);
  CHECK(maximal_rectangle({"0"}) == 0);
  CHECK(maximal_rectangle({"1"}) == 1);
  CHECK(next_greater_index({2, 1, 2, 4, 3}) == std::vector<long>({3, 2, 3, -1, -1}));
  CHECK(next_greater_index({}).empty());
  CHECK(next_greater_index({5, 5, 5}) == std::vector<long>({-1, -1, -1}));
  CHECK(trapped_water({0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}) == 6);
  CHECK(trapped_water({4, 2, 0, 3, 2, 5}) == 9);
  CHECK(trapped_water({}) == 0);
  CHECK(trapped_water({5, 0, 5}) == 5);
  CHECK(trapped_water({INT_MAX, 0, 0, INT_MAX}) == 2LL * INT_MAX);
  CHECK(stock_span({100, 80, 60, 70, 60, 75, 85}) == std::vector<std::size_t>({1, 1, 1, 2, 1, 4, 6}));
  CHECK(stock_span({}).empty());
  CHECK(stock_span({3, 3, 3}) == std::vector<std::size_t>({1, 2, 3}));

  for (int iter = 0; iter < 250; ++iter) {
    std::size_t n = rnd() % 30;
    VI h(n);
    for (int& x : h) x = static_cast<int>(rnd() % 8);
    CHECK(largest_rectangle(h) == brute_rect(h));
    CHECK(trapped_water(h) == brute_water(h));
    std::vector<long> ng = next_greater_index(h);
    std::vector<std::size_t> span = stock_span(h);
    for (std::size_t i = 0; i < n; ++i) {
      long expect = -1;
      for (std::size_t j = i + 1; j < n && expect < 0; ++j)
        if (h[j] > h[i]) expect = static_cast<long>(j);
      CHECK(ng[i] == expect);
      std::size_t sp = 0;
      for (std::size_t j = i + 1; j-- > 0 && h[j] <= h[i];) ++sp;
      CHECK(span[i] == sp);
    }
    if (iter % 3 == 0) {
      std::size_t R = 1 + rnd() % 5, C = 1 + rnd() % 5;
      std::vector<std::string> m(R, std::string(C, '0'));
      for (std::string& row : m)
        for (char& c : row) c = (rnd() % 4) ? '1' : '0';
      CHECK(maximal_rectangle(m) == brute_matrix(m));
    }
  }
  return 0;
}
