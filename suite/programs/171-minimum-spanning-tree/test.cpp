#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 10101u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference: try every subset of exactly n-1 edges and keep the cheapest spanning tree.
bool brute_mst(int n, const std::vector<UEdge>& edges, long long& best) {
  if (n <= 1) {
    best = 0;
    return true;
  }
  bool found = false;
  std::size_t m = edges.size();
  for (unsigned mask = 0; mask < (1u << m); ++mask) {
    int count = 0;
    for (std::size_t i = 0; i < m; ++i) count += (mask >> i) & 1u;
    if (count != n - 1) continue;
    std::vector<int> label(n);
    for (int v = 0; v < n; ++v) label[v] = v;
    long long w = 0;
    for (std::size_t i = 0; i < m; ++i)
      if (mask >> i & 1u) {
        w += edges[i].w;
        int a = label[edges[i].u], b = label[edges[i].v];
        for (int& l : label)
          if (l == b) l = a;
      }
    bool spanning = true;
    for (int v = 0; v < n; ++v) spanning = spanning && label[v] == label[0];
    if (spanning && (!found || w < best)) {
      best = w;
      found = true;
    }
  }
  return found;
}
// Reference bottleneck: the smallest threshold t such that edges of weight <= t connect a, b.
bool brute_bottleneck(int n, const std::vector<UEdge>& edges, int a, int b, long long& best) {
  if (a == b) return false;
  bool found = false;
  for (const UEdge& cand : edges) {
    long long t = cand.w;
    std::vector<int> label(n);
    for (int v = 0; v < n; ++v) label[v] = v;
    for (const UEdge& e : edges)
      if (e.w <= t) {
        int la = label[e.u], lb = label[e.v];
        for (int& l : label)
          if (l == lb) l = la;
      }
    if (label[a] == label[b] && (!found || t < best)) {
      best = t;
      found = true;
    }
  }
  return found;
}
}  // namespace

int main() {
  std::vector<int> used;
  long long w = 7, w2 = 7;
  CHECK(kruskal_mst(0, {}, w, used) && w == 0);
  CHECK(kruskal_mst(1, {}, w, used) && w == 0 && used.empty());
  w = 7;
  CHECK(!kruskal_mst(2, {}, w, used) && w == 7);
  CHECK(!prim_mst(2, {}, w) && w == 7);
  std::vector<UEdge> g = {{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}};
  CHECK(kruskal_mst(6, g, w, used) && w == 14);
  CHECK(used == std::vector<int>({2, 3, 5, 1, 6}));
  CHECK(prim_mst(6, g, w) && w == 14);
  CHECK(minimax_path_weight(6, g, 0, 5, w) && w == 6);
  CHECK(minimax_path_weight(6, g, 1, 4, w) && w == 2);
  CHECK(!minimax_path_weight(6, g, 2, 2, w));
  CHECK(!minimax_path_weight(3, {{0, 1, 1}}, 0, 2, w));
  int comps = 0;
  CHECK(spanning_forest(5, {{0, 1, 5}, {2, 3, 1}, {3, 4, 2}, {2, 4, 9}}, comps) == 8 && comps == 2);
  CHECK(spanning_forest(3, {}, comps) == 0 && comps == 3);
  // Negative weights, self-loops and parallel edges; a tree of total weight exactly -1.
  std::vector<UEdge> h = {{0, 0, -100}, {0, 1, 5}, {0, 1, -3}, {1, 2, 0}, {0, 2, -1}};
  CHECK(kruskal_mst(3, h, w, used) && w == -4);
  CHECK(prim_mst(3, h, w) && w == -4);
  CHECK(kruskal_mst(2, {{0, 1, -1}}, w, used) && w == -1);
  CHECK(prim_mst(2, {{1, 0, -1}}, w) && w == -1);
  CHECK(kruskal_mst(3, {{0, 1, 1000000000000LL}, {1, 2, 1000000000000LL}}, w, used) && w == 2000000000000LL);

  for (int iter = 0; iter < 150; ++iter) {
    int n = 1 + static_cast<int>(rnd() % 6);
    std::size_t m = rnd() % 11;
    std::vector<UEdge> edges;
    for (std::size_t i = 0; i < m; ++i)
      edges.push_back({static_cast<int>(rnd() % n), static_cast<int>(rnd() % n), static_cast<long long>(rnd() % 21) - 5});
    long long ref = 0;
    bool connected = brute_mst(n, edges, ref);
    CHECK(kruskal_mst(n, edges, w, used) == connected);
    CHECK(prim_mst(n, edges, w2) == connected);
    if (connected) {
      CHECK(w == ref && w2 == ref);
      CHECK(static_cast<int>(used.size()) == (n > 1 ? n - 1 : 0));
      long long sum = 0;
      for (int idx : used) sum += edges[idx].w;
      CHECK(sum == ref);
    }
    int c = 0;
    long long forest = spanning_forest(n, edges, c);
    CHECK((c == 1) == connected);
    if (c == 1) CHECK(forest == ref);
    int a = static_cast<int>(rnd() % n), b = static_cast<int>(rnd() % n);
    long long bn = 0;
    bool has = brute_bottleneck(n, edges, a, b, bn);
    CHECK(minimax_path_weight(n, edges, a, b, w) == has);
    if (has) CHECK(w == bn);
  }
  return 0;
}
