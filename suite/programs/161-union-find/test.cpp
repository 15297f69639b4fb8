#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 17320508u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference: explicit label array, relabel on every union.
struct Labels {
  std::vector<std::size_t> label;
  explicit Labels(std::size_t n) : label(n) {
    for (std::size_t i = 0; i < n; ++i) label[i] = i;
  }
  bool unite(std::size_t a, std::size_t b) {
    std::size_t la = label[a], lb = label[b];
    if (la == lb) return false;
    for (std::size_t& l : label)
      if (l == lb) l = la;
    return true;
  }
  std::size_t size_of(std::size_t x) const {
    std::size_t c = 0;
    for (std::size_t l : label) c += l == label[x];
    return c;
  }
  std::size_t components() const {
    std::size_t c = 0;
    for (std::size_t i = 0; i < label.size(); ++i) c += label[i] == i;
    return c;
  }
};
// Flood-fill island count.
void fill(std::vector<std::string>& g, int r, int c) {
  if (r < 0 || c < 0 || r >= static_cast<int>(g.size()) || c >= static_cast<int>(g[0].size()) || g[r][c] != '1') return;
  g[r][c] = 'x';
  fill(g, r + 1, c);
  fill(g, r - 1, c);
  fill(g, r, c + 1);
  fill(g, r, c - 1);
}
int ref_islands(std::vector<std::string> g) {
  int n = 0;
  for (std::size_t r = 0; r < g.size(); ++r)
    for (std::size_t c = 0; c < g[r].size(); ++c)
      if (g[r][c] == '1') {
        ++n;
        fill(g, static_cast<int>(r), static_cast<int>(c));
      }
  return n;
}
}  // namespace

int main() {
  {
    DisjointSet e(0);
    CHECK(e.components() == 0 && e.largest_set() == 0);
    DisjointSet d(5);
    CHECK(d.components() == 5 && d.largest_set() == 1);
    CHECK(d.unite(0, 1));
    CHECK(d.unite(3, 4));
    CHECK(!d.unite(1, 0));
    CHECK(d.connected(0, 1) && !d.connected(1, 3));
    CHECK(d.unite(1, 4));
    CHECK(d.set_size(3) == 4 && d.set_size(2) == 1);
    CHECK(d.components() == 2 && d.largest_set() == 4);
  }
  CHECK(count_islands({}) == 0);
  CHECK(count_islands({"11110", "11010", "11000", "00000"}) == 1);
  CHECK(count_islands({"11000", "11000", "00100", "00011"}) == 3);
  CHECK(count_islands({"101", "010", "101"}) == 5);
  CHECK(islands_after_additions(3, 3, {{0, 0}, {0, 1}, {1, 2}, {2, 1}, {1, 1}, {1, 1}}) ==
        std::vector<int>({1, 1, 2, 3, 1, 1}));
  std::pair<int, int> red;
  CHECK(first_redundant_edge(3, {{0, 1}, {0, 2}, {1, 2}}, red) && red == std::make_pair(1, 2));
  CHECK(first_redundant_edge(5, {{0, 1}, {1, 2}, {2, 3}, {0, 3}, {0, 4}}, red) && red == std::make_pair(0, 3));
  CHECK(!first_redundant_edge(4, {{0, 1}, {2, 3}, {1, 2}}, red));
  CHECK(first_redundant_edge(2, {{1, 1}}, red) && red == std::make_pair(1, 1));
  CHECK(!equations_possible({"a==b", "b!=a"}));
  CHECK(equations_possible({"b==a", "a==b"}));
  CHECK(equations_possible({"a==b", "b==c", "a!=d"}));
  CHECK(!equations_possible({"a==b", "b==c", "c!=a"}));
  CHECK(!equations_possible({"a!=a"}));
  CHECK(equations_possible({}));

  for (int iter = 0; iter < 100; ++iter) {
    std::size_t n = 1 + rnd() % 20;
    DisjointSet ds(n);
    Labels ref(n);
    for (int op = 0; op < 30; ++op) {
      std::size_t a = rnd() % n, b = rnd() % n;
      CHECK(ds.unite(a, b) == ref.unite(a, b));
      std::size_t x = rnd() % n, y = rnd() % n;
      CHECK(ds.connected(x, y) == (ref.label[x] == ref.label[y]));
      CHECK(ds.set_size(x) == ref.size_of(x));
      CHECK(ds.components() == ref.components());
      std::size_t largest = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (ref.size_of(i) > largest) largest = ref.size_of(i);
      CHECK(ds.largest_set() == largest);
    }
    std::size_t R = 1 + rnd() % 6, C = 1 + rnd() % 6;
    std::vector<std::string> g(R, std::string(C, '0'));
    std::vector<std::pair<int, int>> adds;
    std::vector<int> expect;
    for (int k = 0; k < 10; ++k) {
      int r = static_cast<int>(rnd() % R), c = static_cast<int>(rnd() % C);
      g[r][c] = '1';
      adds.push_back({r, c});
      expect.push_back(ref_islands(g));
    }
    CHECK(count_islands(g) == ref_islands(g));
    CHECK(islands_after_additions(static_cast<int>(R), static_cast<int>(C), adds) == expect);
  }
  return 0;
}
