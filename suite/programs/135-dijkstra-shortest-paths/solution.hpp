#pragma once
#include <vector>

struct WeightedEdge {
  int from;
  int to;
  long long weight;  // non-negative
};

// Single-source shortest distances on a directed graph with n vertices; -1 = unreachable.
std::vector<long long> dijkstra(int n, const std::vector<WeightedEdge>& edges, int source);
// One shortest path from source to target as a vertex list (source first); empty if none.
// Among equal-length paths, the one found by Dijkstra with smallest-index tie-breaking on the
// predecessor is returned; callers should only rely on its length and validity.
std::vector<int> shortest_path(int n, const std::vector<WeightedEdge>& edges, int source, int target);
// Number of distinct shortest paths from source to target (modulo 1e9+7); meaningful for
// strictly positive weights.
long long count_shortest_paths(int n, const std::vector<WeightedEdge>& edges, int source, int target);
