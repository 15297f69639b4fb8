#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 777u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Floyd-Warshall reference (-1 = infinity).
std::vector<std::vector<long long>> floyd(int n, const std::vector<WeightedEdge>& edges) {
  std::vector<std::vector<long long>> d(n, std::vector<long long>(n, -1));
  for (int i = 0; i < n; ++i) d[i][i] = 0;
  for (const WeightedEdge& e : edges)
    if (d[e.from][e.to] < 0 || e.weight < d[e.from][e.to]) d[e.from][e.to] = e.weight;
  for (int k = 0; k < n; ++k)
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j)
        if (d[i][k] >= 0 && d[k][j] >= 0 && (d[i][j] < 0 || d[i][k] + d[k][j] < d[i][j]))
          d[i][j] = d[i][k] + d[k][j];
  return d;
}
long long edge_weight(const std::vector<WeightedEdge>& edges, int u, int v) {
  long long best = -1;
  for (const WeightedEdge& e : edges)
    if (e.from == u && e.to == v && (best < 0 || e.weight < best)) best = e.weight;
  return best;
}
// Count shortest paths by DFS over the shortest-path DAG (positive weights only).
long long count_ref(int n, const std::vector<WeightedEdge>& edges, const std::vector<std::vector<long long>>& d,
                    int u, int t) {
  if (u == t) return 1;
  long long total = 0;
  for (const WeightedEdge& e : edges)
    if (e.from == u && d[e.to][t] >= 0 && e.weight + d[e.to][t] == d[u][t]) total += count_ref(n, edges, d, e.to, t);
  return total;
}
}  // namespace

int main() {
  // Single vertex.
  CHECK(dijkstra(1, {}, 0) == std::vector<long long>({0}));
  CHECK(shortest_path(1, {}, 0, 0) == std::vector<int>({0}));
  // Disconnected.
  CHECK(dijkstra(3, {{0, 1, 4}}, 0) == std::vector<long long>({0, 4, -1}));
  CHECK(shortest_path(3, {{0, 1, 4}}, 0, 2).empty());
  CHECK(count_shortest_paths(3, {{0, 1, 4}}, 0, 2) == 0);
  // Classic example.
  std::vector<WeightedEdge> g = {{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 1}, {2, 3, 5}, {3, 4, 3}};
  CHECK(dijkstra(5, g, 0) == std::vector<long long>({0, 3, 1, 4, 7}));
  CHECK(shortest_path(5, g, 0, 4) == std::vector<int>({0, 2, 1, 3, 4}));
  CHECK(dijkstra(5, g, 3) == std::vector<long long>({-1, -1, -1, 0, 3}));
  // Zero-weight edges and parallel edges.
  std::vector<WeightedEdge> z = {{0, 1, 0}, {1, 2, 0}, {0, 2, 5}, {0, 2, 1}};
  CHECK(dijkstra(3, z, 0) == std::vector<long long>({0, 0, 0}));
  // Zero-weight cycle: the path must still be simple and valid.
  std::vector<WeightedEdge> zc = {{0, 2, 0}, {2, 1, 0}, {1, 2, 0}, {0, 1, 0}, {1, 3, 1}};
  CHECK(dijkstra(4, zc, 0) == std::vector<long long>({0, 0, 0, 1}));
  {
    std::vector<int> p = shortest_path(4, zc, 0, 3);
    CHECK(p.size() >= 3 && p.size() <= 4 && p.front() == 0 && p.back() == 3);
  }
  // Diamond: two shortest paths.
  std::vector<WeightedEdge> dia = {{0, 1, 1}, {0, 2, 1}, {1, 3, 1}, {2, 3, 1}, {3, 4, 2}, {1, 4, 3}};
  CHECK(count_shortest_paths(5, dia, 0, 4) == 3);
  CHECK(count_shortest_paths(5, dia, 0, 3) == 2);
  // Large weights.
  std::vector<WeightedEdge> big = {{0, 1, 1000000000000LL}, {1, 2, 1000000000000LL}, {0, 2, 2000000000001LL}};
  CHECK(dijkstra(3, big, 0)[2] == 2000000000000LL);

  for (int iter = 0; iter < 150; ++iter) {
    int n = 1 + static_cast<int>(rnd() % 8);
    int m = static_cast<int>(rnd() % 20);
    std::vector<WeightedEdge> edges;
    for (int i = 0; i < m; ++i)
      edges.push_back({static_cast<int>(rnd() % n), static_cast<int>(rnd() % n), 1 + static_cast<long long>(rnd() % 6)});
    std::vector<std::vector<long long>> d = floyd(n, edges);
    int src = static_cast<int>(rnd() % n);
    CHECK(dijkstra(n, edges, src) == d[src]);
    int t = static_cast<int>(rnd() % n);
    std::vector<int> p = shortest_path(n, edges, src, t);
    if (d[src][t] < 0) {
      CHECK(p.empty());
      CHECK(count_shortest_paths(n, edges, src, t) == 0);
    } else {
      CHECK(!p.empty() && p.front() == src && p.back() == t);
      long long len = 0;
      for (std::size_t i = 0; i + 1 < p.size(); ++i) {
        long long w = edge_weight(edges, p[i], p[i + 1]);
        CHECK(w >= 0);
        len += w;
      }
      CHECK(len == d[src][t]);
      CHECK(count_shortest_paths(n, edges, src, t) == count_ref(n, edges, d, src, t));
    }
  }
  return 0;
}
