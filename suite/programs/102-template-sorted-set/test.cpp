#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  SortedSet<int> s;
  CHECK(s.size() == 0);
  CHECK(!s.contains(1));
  CHECK(s.insert(5));
  CHECK(s.insert(1));
  CHECK(s.insert(9));
  CHECK(!s.insert(5));
  CHECK(s.insert(-3));
  CHECK((s.items() == std::vector<int>{-3, 1, 5, 9}));
  CHECK(s.contains(9) && !s.contains(4));
  CHECK(s.erase(1));
  CHECK(!s.erase(1));
  CHECK((s.items() == std::vector<int>{-3, 5, 9}));
  int out = 0;
  CHECK(s.successor(5, out) && out == 9);
  CHECK(s.successor(0, out) && out == 5);
  CHECK(s.successor(-100, out) && out == -3);
  CHECK(!s.successor(9, out));
  CHECK(s.countInRange(-3, 9) == 2);
  CHECK(s.countInRange(-3, 10) == 3);
  CHECK(s.countInRange(6, 6) == 0);
  CHECK(s.countInRange(9, 1) == 0);

  SortedSet<int> a({1, 3, 5, 7, 9, 3, 1});
  SortedSet<int> b({2, 3, 4, 5, 6});
  CHECK(a.size() == 5);
  CHECK((a.unionWith(b).items() == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 9}));
  CHECK((a.intersectWith(b).items() == std::vector<int>{3, 5}));
  CHECK((a.differenceWith(b).items() == std::vector<int>{1, 7, 9}));
  CHECK((b.differenceWith(a).items() == std::vector<int>{2, 4, 6}));
  CHECK(SortedSet<int>({3, 5}).isSubsetOf(a));
  CHECK(!b.isSubsetOf(a));
  CHECK(SortedSet<int>().isSubsetOf(a));
  CHECK(SortedSet<int>().unionWith(SortedSet<int>()).size() == 0);

  // randomized cross-check against a boolean membership array
  bool ref[200] = {};
  SortedSet<int> r;
  unsigned x = 88172645u;
  for (int step = 0; step < 2000; ++step) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    int v = static_cast<int>(x % 200u);
    if ((x >> 8) % 3 == 0) {
      CHECK(r.erase(v) == ref[v]);
      ref[v] = false;
    } else {
      CHECK(r.insert(v) == !ref[v]);
      ref[v] = true;
    }
  }
  std::vector<int> expect;
  for (int v = 0; v < 200; ++v)
    if (ref[v]) expect.push_back(v);
  CHECK(r.items() == expect);
  std::size_t cnt = 0;
  for (int v = 50; v < 150; ++v) cnt += ref[v] ? 1u : 0u;
  CHECK(r.countInRange(50, 150) == cnt);

  SortedSet<std::string> w({"pear", "apple", "fig", "apple"});
  CHECK((w.items() == std::vector<std::string>{"apple", "fig", "pear"}));
  std::string succ;
  CHECK(w.successor("b", succ) && succ == "fig");
  CHECK(w.countInRange("a", "g") == 2);

  CHECK_NEAR(jaccardWords("the cat sat", "the dog sat"), 0.5, 1e-12);
  CHECK_NEAR(jaccardWords("", ""), 1.0, 1e-12);
  CHECK_NEAR(jaccardWords("a a a", "a"), 1.0, 1e-12);
  CHECK_NEAR(jaccardWords("  x  y ", "z"), 0.0, 1e-12);
  CHECK_NEAR(jaccardWords("one two three four", "two four six"), 0.4, 1e-12);
  return 0;
}
