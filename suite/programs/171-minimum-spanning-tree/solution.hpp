#pragma once
#include <vector>

struct UEdge {
  int u;
  int v;
  long long w;
};

// Kruskal's algorithm (sort + union-find). Returns false when the graph on n vertices is
// disconnected; otherwise writes the weight of a minimum spanning tree (0 for n <= 1) and the
// chosen edge indices in the order they were accepted (ties: lower index first).
bool kruskal_mst(int n, const std::vector<UEdge>& edges, long long& total, std::vector<int>& used);
// Prim's algorithm with a priority_queue; same convention.
bool prim_mst(int n, const std::vector<UEdge>& edges, long long& total);
// Minimum spanning forest weight (sum over components) and the number of components.
long long spanning_forest(int n, const std::vector<UEdge>& edges, int& components);
// Maximum edge weight on the MST path between a != b (the "bottleneck"); false if a == b or
// they are not connected.
bool minimax_path_weight(int n, const std::vector<UEdge>& edges, int a, int b, long long& out);
