#include "check.h"
#include "solution.hpp"
#include <utility>
#include <vector>

static void refSort(std::vector<int>& v) {
  for (std::size_t i = 1; i < v.size(); ++i)
    for (std::size_t j = i; j > 0 && v[j - 1] > v[j]; --j) {
      int t = v[j]; v[j] = v[j - 1]; v[j - 1] = t;
    }
}

int main() {
  {
    IntList a;
    CHECK(a.empty());
    int x;
    CHECK(!a.popFront(x));
    a.pushBack(2);
    a.pushBack(3);
    a.pushFront(1);
    CHECK((a.toVector() == std::vector<int>{1, 2, 3}));
    CHECK(IntList::liveNodes() == 3);
    int sum = 0;
    for (int v : a) sum += v;
    CHECK(sum == 6);
    for (int& v : a) v *= 10;
    CHECK((a.toVector() == std::vector<int>{10, 20, 30}));
    CHECK(a.popFront(x) && x == 10);
    CHECK(a.size() == 2);
    CHECK(a.popFront(x) && a.popFront(x) && x == 30);
    CHECK(a.empty());
    a.pushBack(5);  // tail must have been reset
    CHECK((a.toVector() == std::vector<int>{5}));
  }
  CHECK(IntList::liveNodes() == 0);

  {
    IntList a{1, 2, 2, 3, 2};
    IntList b(a);
    CHECK(b == a);
    CHECK(IntList::liveNodes() == 10);
    CHECK(b.removeAll(2) == 3);
    CHECK((b.toVector() == std::vector<int>{1, 3}));
    b.pushBack(4);  // tail still valid after removal
    CHECK((b.toVector() == std::vector<int>{1, 3, 4}));
    CHECK(a.size() == 5);
    IntList c{2, 2};
    CHECK(c.removeAll(2) == 2 && c.empty());
    c.pushBack(7);
    CHECK((c.toVector() == std::vector<int>{7}));
    c = a;  // copy assignment
    CHECK(c == a);
    c = std::move(b);
    CHECK((c.toVector() == std::vector<int>{1, 3, 4}));
    IntList d(std::move(c));
    CHECK(d.size() == 3);
    a.reverse();
    CHECK((a.toVector() == std::vector<int>{2, 3, 2, 2, 1}));
    a.pushBack(9);  // tail updated by reverse
    CHECK((a.toVector() == std::vector<int>{2, 3, 2, 2, 1, 9}));
    IntList e;
    e.reverse();
    CHECK(e.empty());
  }
  CHECK(IntList::liveNodes() == 0);

  {
    IntList s;
    for (int v : {5, 1, 4, 1, 5, 9, 2, 6}) s.insertSorted(v);
    CHECK((s.toVector() == std::vector<int>{1, 1, 2, 4, 5, 5, 6, 9}));
    s.pushBack(10);
    CHECK(s.toVector().back() == 10);

    std::vector<int> ref;
    IntList r;
    unsigned st = 7u;
    for (int i = 0; i < 500; ++i) {
      st = st * 1103515245u + 12345u;
      int v = static_cast<int>((st >> 16) % 100u);
      ref.push_back(v);
      r.pushBack(v);
    }
    r.sort();
    refSort(ref);
    CHECK(r.toVector() == ref);
    r.pushBack(1000);
    CHECK(r.size() == 501);
    CHECK(r.toVector().back() == 1000);

    IntList m1{1, 4, 7, 10}, m2{2, 3, 8};
    m1.mergeFrom(m2);
    CHECK((m1.toVector() == std::vector<int>{1, 2, 3, 4, 7, 8, 10}));
    CHECK(m2.empty() && m1.size() == 7);
    m2.pushBack(11);
    m1.mergeFrom(m2);
    m1.pushBack(12);
    CHECK((m1.toVector() == std::vector<int>{1, 2, 3, 4, 7, 8, 10, 11, 12}));
    IntList empty;
    empty.sort();
    CHECK(empty.empty());
  }
  CHECK(IntList::liveNodes() == 0);
  return 0;
}
