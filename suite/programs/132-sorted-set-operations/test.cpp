#include "check.h"
#include "solution.hpp"

#include <set>

namespace {
unsigned rng_state = 12345u;
unsigned next_rand() {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}
std::vector<int> V(std::initializer_list<int> l) { return std::vector<int>(l); }

// Reference: iterate over a fixed value range and test membership with std::set.
void reference(const std::vector<int>& a, const std::vector<int>& b, std::vector<int>& u,
               std::vector<int>& i, std::vector<int>& d, std::vector<int>& s, bool& sub) {
  std::set<int> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  u.clear(); i.clear(); d.clear(); s.clear();
  sub = true;
  for (int x = -20; x <= 20; ++x) {
    bool ia = sa.count(x) != 0, ib = sb.count(x) != 0;
    if (ia || ib) u.push_back(x);
    if (ia && ib) i.push_back(x);
    if (ia && !ib) d.push_back(x);
    if (ia != ib) s.push_back(x);
    if (ia && !ib) sub = false;
  }
}
}  // namespace

int main() {
  CHECK(set_union_of({}, {}).empty());
  CHECK(set_intersection_of({}, V({1, 2})).empty());
  CHECK(set_difference_of(V({3, 1, 3}), {}) == V({1, 3}));
  CHECK(set_union_of(V({5, 1, 5, -2}), V({1, 7})) == V({-2, 1, 5, 7}));
  CHECK(set_intersection_of(V({4, 4, 2, 9}), V({9, 4, 4, 0})) == V({4, 9}));
  CHECK(set_difference_of(V({1, 2, 3, 4}), V({2, 4, 6})) == V({1, 3}));
  CHECK(set_symmetric_difference_of(V({1, 2, 3}), V({3, 4})) == V({1, 2, 4}));
  CHECK(is_subset_of({}, {}));
  CHECK(is_subset_of(V({2, 2}), V({1, 2, 3})));
  CHECK(!is_subset_of(V({0}), V({1, 2, 3})));
  int n = 0, d = 0;
  jaccard({}, {}, n, d);
  CHECK(n == 1 && d == 1);
  jaccard(V({1, 2, 3, 4}), V({3, 4, 5, 6}), n, d);
  CHECK(n == 1 && d == 3);
  jaccard(V({1}), V({2}), n, d);
  CHECK(n == 0 && d == 1);
  jaccard(V({7, 7}), V({7}), n, d);
  CHECK(n == 1 && d == 1);

  for (int iter = 0; iter < 300; ++iter) {
    std::vector<int> a, b;
    int na = static_cast<int>(next_rand() % 15), nb = static_cast<int>(next_rand() % 15);
    for (int k = 0; k < na; ++k) a.push_back(static_cast<int>(next_rand() % 41) - 20);
    for (int k = 0; k < nb; ++k) b.push_back(static_cast<int>(next_rand() % 41) - 20);
    if (iter % 7 == 0) b.insert(b.end(), a.begin(), a.end());  // force subsets sometimes
    std::vector<int> u, i, df, s;
    bool sub = false;
    reference(a, b, u, i, df, s, sub);
    CHECK(set_union_of(a, b) == u);
    CHECK(set_intersection_of(a, b) == i);
    CHECK(set_difference_of(a, b) == df);
    CHECK(set_symmetric_difference_of(a, b) == s);
    CHECK(is_subset_of(a, b) == sub);
    if (iter % 7 == 0) CHECK(sub);
    jaccard(a, b, n, d);
    if (u.empty()) {
      CHECK(n == 1 && d == 1);
    } else {
      CHECK(static_cast<long long>(n) * static_cast<long long>(u.size()) ==
            static_cast<long long>(d) * static_cast<long long>(i.size()));
    }
  }
  return 0;
}
