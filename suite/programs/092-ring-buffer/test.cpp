#include "check.h"
#include "solution.hpp"
#include <vector>

int main() {
  RingBuffer<int> rb(3);
  CHECK(rb.empty());
  CHECK(rb.capacity() == 3);
  int x = 0;
  CHECK(!rb.popFront(x));
  CHECK(!rb.pushBack(1));
  CHECK(!rb.pushBack(2));
  CHECK(!rb.pushBack(3));
  CHECK(rb.size() == 3);
  CHECK(rb.pushBack(4));  // overwrites 1
  CHECK((rb.toVector() == std::vector<int>{2, 3, 4}));
  CHECK(rb.at(0) == 2 && rb.at(2) == 4);
  CHECK(rb.popFront(x) && x == 2);
  CHECK(!rb.pushBack(5));
  CHECK(rb.pushBack(6));
  CHECK((rb.toVector() == std::vector<int>{4, 5, 6}));
  CHECK(rb.popFront(x) && x == 4);
  CHECK(rb.popFront(x) && x == 5);
  CHECK(rb.popFront(x) && x == 6);
  CHECK(rb.empty());
  CHECK(!rb.popFront(x));

  // wrap many times
  RingBuffer<int> w(5);
  for (int i = 0; i < 1000; ++i) w.pushBack(i);
  CHECK((w.toVector() == std::vector<int>{995, 996, 997, 998, 999}));

  RingBuffer<int> z(0);  // capacity 0 is promoted to 1
  CHECK(z.capacity() == 1);
  z.pushBack(9);
  CHECK(z.pushBack(10));
  CHECK(z.at(0) == 10);

  std::vector<double> ma = movingAverage({1, 2, 3, 4, 5, 6}, 3);
  CHECK(ma.size() == 6);
  CHECK_NEAR(ma[0], 1.0, 1e-12);
  CHECK_NEAR(ma[1], 1.5, 1e-12);
  CHECK_NEAR(ma[2], 2.0, 1e-12);
  CHECK_NEAR(ma[3], 3.0, 1e-12);
  CHECK_NEAR(ma[5], 5.0, 1e-12);
  CHECK(movingAverage({}, 4).empty());
  std::vector<double> ma1 = movingAverage({7, -3, 2.5}, 1);
  CHECK_NEAR(ma1[1], -3.0, 1e-12);
  CHECK_NEAR(ma1[2], 2.5, 1e-12);

  // reference sliding max computed naively
  std::vector<long long> xs;
  unsigned s = 12345u;
  for (int i = 0; i < 200; ++i) {
    s ^= s << 13; s ^= s >> 17; s ^= s << 5;
    xs.push_back(static_cast<long long>(s % 1000u) - 500);
  }
  for (std::size_t k : {1u, 2u, 7u, 50u, 200u}) {
    std::vector<long long> got = slidingMax(xs, k);
    CHECK(got.size() == xs.size() - k + 1);
    for (std::size_t i = 0; i + k <= xs.size(); ++i) {
      long long m = xs[i];
      for (std::size_t j = i; j < i + k; ++j) m = xs[j] > m ? xs[j] : m;
      CHECK(got[i] == m);
    }
  }
  CHECK(slidingMax(xs, 201).empty());
  CHECK(slidingMax(xs, 0).empty());
  CHECK((slidingMax({3, 1, 4, 1, 5, 9, 2, 6}, 3) == std::vector<long long>{4, 4, 5, 9, 9, 9}));
  return 0;
}
