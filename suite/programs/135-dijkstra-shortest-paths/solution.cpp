#include "solution.hpp"

#include <algorithm>
#include <functional>
#include <queue>
#include <utility>

namespace {
struct Result {
  std::vector<long long> dist;
  std::vector<int> parent;
  std::vector<long long> ways;
};

Result run(int n, const std::vector<WeightedEdge>& edges, int source) {
  std::vector<std::vector<std::pair<int, long long>>> adj(static_cast<std::size_t>(n));
  for (const WeightedEdge& e : edges) adj[static_cast<std::size_t>(e.from)].push_back({e.to, e.weight});
  Result r;
  r.dist.assign(static_cast<std::size_t>(n), -1);
  r.parent.assign(static_cast<std::size_t>(n), -1);
  r.ways.assign(static_cast<std::size_t>(n), 0);
  std::vector<bool> done(static_cast<std::size_t>(n), false);
  using Item = std::pair<long long, int>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> pq;
  r.dist[static_cast<std::size_t>(source)] = 0;
  r.ways[static_cast<std::size_t>(source)] = 1;
  pq.push({0, source});
  const long long mod = 1000000007LL;
  while (!pq.empty()) {
    Item top = pq.top();
    pq.pop();
    std::size_t u = static_cast<std::size_t>(top.second);
    if (done[u]) continue;
    done[u] = true;
    for (const auto& e : adj[u]) {
      std::size_t v = static_cast<std::size_t>(e.first);
      long long nd = top.first + e.second;
      if (r.dist[v] < 0 || nd < r.dist[v]) {
        r.dist[v] = nd;
        r.parent[v] = static_cast<int>(u);
        r.ways[v] = r.ways[u];
        pq.push({nd, static_cast<int>(v)});
      } else if (nd == r.dist[v] && !done[v]) {
        r.ways[v] = (r.ways[v] + r.ways[u]) % mod;
        if (static_cast<int>(u) < r.parent[v]) r.parent[v] = static_cast<int>(u);
      }
    }
  }
  return r;
}
}  // namespace

std::vector<long long> dijkstra(int n, const std::vector<WeightedEdge>& edges, int source) {
  return run(n, edges, source).dist;
}

std::vector<int> shortest_path(int n, const std::vector<WeightedEdge>& edges, int source, int target) {
  Result r = run(n, edges, source);
  std::vector<int> path;
  if (r.dist[static_cast<std::size_t>(target)] < 0) return path;
  for (int v = target; v != -1; v = (v == source ? -1 : r.parent[static_cast<std::size_t>(v)]))
    path.push_back(v);
  std::reverse(path.begin(), path.end());
  return path;
}

long long count_shortest_paths(int n, const std::vector<WeightedEdge>& edges, int source, int target) {
  return run(n, edges, source).ways[static_cast<std::size_t>(target)];
}
