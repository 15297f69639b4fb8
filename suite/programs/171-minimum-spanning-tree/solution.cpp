#include "solution.hpp"

#include <algorithm>
#include <functional>
#include <numeric>
#include <queue>
#include <utility>

namespace {
struct DSU {
  std::vector<int> parent, rank;
  explicit DSU(int n) : parent(static_cast<std::size_t>(n)), rank(static_cast<std::size_t>(n), 0) {
    std::iota(parent.begin(), parent.end(), 0);
  }
  int find(int x) {
    while (parent[static_cast<std::size_t>(x)] != x) {
      int& p = parent[static_cast<std::size_t>(x)];
      p = parent[static_cast<std::size_t>(p)];  // path halving
      x = p;
    }
    return x;
  }
  bool unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return false;
    if (rank[static_cast<std::size_t>(a)] < rank[static_cast<std::size_t>(b)]) std::swap(a, b);
    parent[static_cast<std::size_t>(b)] = a;
    if (rank[static_cast<std::size_t>(a)] == rank[static_cast<std::size_t>(b)]) ++rank[static_cast<std::size_t>(a)];
    return true;
  }
};

std::vector<int> sorted_edge_order(const std::vector<UEdge>& edges) {
  std::vector<int> order(edges.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&edges](int a, int b) {
    return edges[static_cast<std::size_t>(a)].w < edges[static_cast<std::size_t>(b)].w;
  });
  return order;
}
}  // namespace

bool kruskal_mst(int n, const std::vector<UEdge>& edges, long long& out, std::vector<int>& used) {
  used.clear();
  if (n <= 1) {
    out = 0;
    return true;
  }
  DSU dsu(n);
  long long total = 0;
  for (int idx : sorted_edge_order(edges)) {
    const UEdge& e = edges[static_cast<std::size_t>(idx)];
    if (dsu.unite(e.u, e.v)) {
      total += e.w;
      used.push_back(idx);
      if (static_cast<int>(used.size()) == n - 1) break;
    }
  }
  if (static_cast<int>(used.size()) != n - 1) {
    used.clear();
    return false;
  }
  out = total;
  return true;
}

bool prim_mst(int n, const std::vector<UEdge>& edges, long long& out) {
  if (n <= 1) {
    out = 0;
    return true;
  }
  std::vector<std::vector<std::pair<long long, int>>> adj(static_cast<std::size_t>(n));
  for (const UEdge& e : edges) {
    adj[static_cast<std::size_t>(e.u)].push_back({e.w, e.v});
    adj[static_cast<std::size_t>(e.v)].push_back({e.w, e.u});
  }
  std::vector<bool> in_tree(static_cast<std::size_t>(n), false);
  typedef std::pair<long long, int> Item;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> pq;
  pq.push({0, 0});
  long long total = 0;
  int added = 0;
  while (!pq.empty()) {
    Item it = pq.top();
    pq.pop();
    if (in_tree[static_cast<std::size_t>(it.second)]) continue;
    in_tree[static_cast<std::size_t>(it.second)] = true;
    total += it.first;
    ++added;
    for (const auto& nb : adj[static_cast<std::size_t>(it.second)])
      if (!in_tree[static_cast<std::size_t>(nb.second)]) pq.push(nb);
  }
  if (added != n) return false;
  out = total;
  return true;
}

long long spanning_forest(int n, const std::vector<UEdge>& edges, int& components) {
  DSU dsu(n);
  components = n;
  long long total = 0;
  for (int idx : sorted_edge_order(edges)) {
    const UEdge& e = edges[static_cast<std::size_t>(idx)];
    if (dsu.unite(e.u, e.v)) {
      total += e.w;
      --components;
    }
  }
  return total;
}

bool minimax_path_weight(int n, const std::vector<UEdge>& edges, int a, int b, long long& out) {
  if (a == b) return false;
  // Adding edges in increasing weight order, the weight that first connects a and b is the
  // bottleneck of their MST path.
  DSU dsu(n);
  for (int idx : sorted_edge_order(edges)) {
    const UEdge& e = edges[static_cast<std::size_t>(idx)];
    dsu.unite(e.u, e.v);
    if (dsu.find(a) == dsu.find(b)) {
      out = e.w;
      return true;
    }
  }
  return false;
}
