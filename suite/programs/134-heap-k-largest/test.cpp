#include "check.h"
#include "solution.hpp"

#include <algorithm>
#include <climits>
#include <map>

namespace {
unsigned s = 2463534242u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
}  // namespace

int main() {
  CHECK(k_largest({}, 3).empty());
  CHECK(k_largest({1, 2, 3}, 0).empty());
  CHECK(k_largest({5}, 1) == std::vector<int>({5}));
  CHECK(k_largest({3, 1, 4, 1, 5, 9, 2, 6}, 3) == std::vector<int>({9, 6, 5}));
  CHECK(k_largest({2, 2, 2, 1}, 3) == std::vector<int>({2, 2, 2}));
  CHECK(k_largest({-5, -1, -3}, 10) == std::vector<int>({-1, -3, -5}));
  CHECK(kth_largest({3, 2, 1, 5, 6, 4}, 2) == 5);
  CHECK(kth_largest({3, 2, 3, 1, 2, 4, 5, 5, 6}, 4) == 4);
  CHECK(kth_largest({INT_MIN, INT_MAX}, 2) == INT_MIN);

  {
    std::vector<Point> pts = {{1, 3}, {-2, 2}, {5, 8}, {0, 1}, {2, -2}};
    std::vector<Point> c = k_closest(pts, 3);
    CHECK(c.size() == 3);
    CHECK(c[0].x == 0 && c[0].y == 1);
    CHECK(c[1].x == -2 && c[1].y == 2);
    CHECK(c[2].x == 2 && c[2].y == -2);
    CHECK(k_closest(pts, 0).empty());
    CHECK(k_closest({}, 2).empty());
  }
  {
    std::vector<std::string> w = {"i", "love", "leetcode", "i", "love", "coding"};
    std::vector<std::string> r = k_most_frequent(w, 2);
    CHECK(r == std::vector<std::string>({"i", "love"}));
    std::vector<std::string> w2 = {"the", "day", "is", "sunny", "the", "the", "the",
                                   "sunny", "is", "is"};
    CHECK(k_most_frequent(w2, 4) == std::vector<std::string>({"the", "is", "sunny", "day"}));
    CHECK(k_most_frequent(w2, 0).empty());
    CHECK(k_most_frequent({"b", "a", "c"}, 5) == std::vector<std::string>({"a", "b", "c"}));
  }

  for (int iter = 0; iter < 200; ++iter) {
    std::size_t n = rnd() % 30;
    std::vector<int> a(n);
    for (std::size_t i = 0; i < n; ++i) a[i] = static_cast<int>(rnd() % 19) - 9;
    std::size_t k = rnd() % 35;
    std::vector<int> ref = a;
    std::sort(ref.begin(), ref.end(), [](int x, int y) { return x > y; });
    if (ref.size() > k) ref.resize(k);
    CHECK(k_largest(a, k) == ref);
    if (k >= 1 && k <= n) CHECK(kth_largest(a, k) == ref[k - 1]);

    std::vector<Point> pts(n);
    for (std::size_t i = 0; i < n; ++i) {
      pts[i].x = static_cast<int>(rnd() % 9) - 4;
      pts[i].y = static_cast<int>(rnd() % 9) - 4;
    }
    std::vector<Point> sorted = pts;
    // Insertion sort by (d2, x, y) as an independent reference.
    for (std::size_t i = 1; i < sorted.size(); ++i)
      for (std::size_t j = i; j > 0; --j) {
        const Point& p = sorted[j - 1];
        const Point& q = sorted[j];
        int dp = p.x * p.x + p.y * p.y, dq = q.x * q.x + q.y * q.y;
        bool swap_needed = dq < dp || (dq == dp && (q.x < p.x || (q.x == p.x && q.y < p.y)));
        if (!swap_needed) break;
        std::swap(sorted[j - 1], sorted[j]);
      }
    std::vector<Point> got = k_closest(pts, k);
    CHECK(got.size() == std::min(k, n));
    for (std::size_t i = 0; i < got.size(); ++i) CHECK(got[i].x == sorted[i].x && got[i].y == sorted[i].y);

    std::vector<std::string> words(n);
    for (std::size_t i = 0; i < n; ++i) words[i] = std::string(1, static_cast<char>('a' + rnd() % 6));
    std::map<std::string, int> cnt;
    for (const std::string& w : words) ++cnt[w];
    std::vector<std::string> expect;
    for (int c = static_cast<int>(n); c >= 1; --c)
      for (const auto& kv : cnt)
        if (kv.second == c) expect.push_back(kv.first);
    if (expect.size() > k) expect.resize(k);
    CHECK(k_most_frequent(words, k) == expect);
  }
  return 0;
}
