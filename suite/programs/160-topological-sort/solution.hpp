#pragma once
#include <string>
#include <utility>
#include <vector>

// Directed graph on vertices 0..n-1, edges (u, v) meaning u must come before v.

// Lexicographically smallest topological order (Kahn's algorithm with a min-heap);
// empty if the graph has a cycle (and n > 0).
std::vector<int> topo_order_smallest(int n, const std::vector<std::pair<int, int>>& edges);
// Any topological order by DFS post-order; returns false if there is a cycle.
bool topo_order_dfs(int n, const std::vector<std::pair<int, int>>& edges, std::vector<int>& order);
bool has_cycle(int n, const std::vector<std::pair<int, int>>& edges);
// Length (in vertices) of the longest path in a DAG; -1 if cyclic; 0 if n == 0.
int longest_path_vertices(int n, const std::vector<std::pair<int, int>>& edges);
// Alien dictionary: derive a letter order from words sorted in an unknown alphabet. Returns
// the smallest consistent order of all letters appearing, or "" if inconsistent.
std::string alien_order(const std::vector<std::string>& words);
