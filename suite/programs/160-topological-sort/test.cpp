#include "check.h"
#include "solution.hpp"

#include <algorithm>

namespace {
typedef std::vector<std::pair<int, int>> Edges;
unsigned s = 1414213u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
bool respects(const std::vector<int>& order, int n, const Edges& edges) {
  if (static_cast<int>(order.size()) != n) return false;
  std::vector<int> pos(n, -1);
  for (int i = 0; i < n; ++i) {
    if (order[i] < 0 || order[i] >= n || pos[order[i]] != -1) return false;
    pos[order[i]] = i;
  }
  for (const auto& e : edges)
    if (pos[e.first] >= pos[e.second]) return false;
  return true;
}
// Longest path by brute-force DFS over simple paths (small n).
int brute_longest(int u, const Edges& edges, std::vector<bool>& on_path) {
  int best = 1;
  for (const auto& e : edges)
    if (e.first == u && !on_path[e.second]) {
      on_path[e.second] = true;
      best = std::max(best, 1 + brute_longest(e.second, edges, on_path));
      on_path[e.second] = false;
    }
  return best;
}
}  // namespace

int main() {
  CHECK(topo_order_smallest(0, {}).empty());
  CHECK(topo_order_smallest(3, {}) == std::vector<int>({0, 1, 2}));
  CHECK(topo_order_smallest(4, {{1, 0}, {2, 0}, {3, 1}, {3, 2}}) == std::vector<int>({3, 1, 2, 0}));
  CHECK(topo_order_smallest(6, {{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}}) == std::vector<int>({4, 5, 0, 2, 3, 1}));
  CHECK(topo_order_smallest(2, {{0, 1}, {1, 0}}).empty());
  CHECK(has_cycle(1, {{0, 0}}));
  CHECK(!has_cycle(3, {{0, 1}, {0, 2}, {1, 2}}));
  CHECK(has_cycle(3, {{0, 1}, {1, 2}, {2, 1}}));
  CHECK(longest_path_vertices(0, {}) == 0);
  CHECK(longest_path_vertices(5, {}) == 1);
  CHECK(longest_path_vertices(5, {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {4, 3}}) == 4);
  CHECK(longest_path_vertices(2, {{0, 1}, {1, 0}}) == -1);
  CHECK(alien_order({"wrt", "wrf", "er", "ett", "rftt"}) == "wertf");
  CHECK(alien_order({"z", "x"}) == "zx");
  CHECK(alien_order({"z", "x", "z"}) == "");
  CHECK(alien_order({"abc", "ab"}) == "");
  CHECK(alien_order({"ab", "abc"}) == "abc");
  CHECK(alien_order({}) == "");
  {
    std::vector<int> order;
    CHECK(topo_order_dfs(6, {{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}}, order));
    CHECK(respects(order, 6, {{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}}));
    CHECK(!topo_order_dfs(3, {{0, 1}, {1, 2}, {2, 0}}, order));
    CHECK(order.empty());
  }
  for (int iter = 0; iter < 200; ++iter) {
    int n = 1 + static_cast<int>(rnd() % 6);
    int m = static_cast<int>(rnd() % 12);
    bool force_dag = iter % 2 == 0;
    Edges edges;
    for (int i = 0; i < m; ++i) {
      int u = static_cast<int>(rnd() % n), v = static_cast<int>(rnd() % n);
      if (force_dag) {
        if (u == v) continue;
        if (u > v) std::swap(u, v);
      }
      edges.push_back({u, v});
    }
    // Brute force: does any permutation respect all edges? Smallest such permutation?
    std::vector<int> perm(n);
    for (int i = 0; i < n; ++i) perm[i] = i;
    std::vector<int> first_valid;
    do {
      if (respects(perm, n, edges)) {
        first_valid = perm;
        break;
      }
    } while (std::next_permutation(perm.begin(), perm.end()));
    bool acyclic = !first_valid.empty();
    if (force_dag) CHECK(acyclic);
    CHECK(topo_order_smallest(n, edges) == first_valid);
    CHECK(has_cycle(n, edges) == !acyclic);
    std::vector<int> order;
    CHECK(topo_order_dfs(n, edges, order) == acyclic);
    if (acyclic) {
      CHECK(respects(order, n, edges));
      int best = 0;
      for (int v = 0; v < n; ++v) {
        std::vector<bool> on_path(n, false);
        on_path[v] = true;
        best = std::max(best, brute_longest(v, edges, on_path));
      }
      CHECK(longest_path_vertices(n, edges) == best);
    } else {
      CHECK(longest_path_vertices(n, edges) == -1);
    }
  }
  return 0;
}
