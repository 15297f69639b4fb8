#pragma once
#include <string>
#include <vector>

struct Edge {
  int to;
  long long w;
};

// std::priority_queue instances ordered by lambda comparators.
// Shortest distances from src (-1 for unreachable); weights are non-negative.
std::vector<long long> dijkstra(const std::vector<std::vector<Edge>>& adj, int src);
// Shortest path as a node list from src to dst ({} if unreachable); ties broken
// toward the smaller predecessor index.
std::vector<int> shortestPath(const std::vector<std::vector<Edge>>& adj, int src, int dst);

struct Task {
  std::string name;
  int release;   // earliest start time
  int duration;  // > 0
  int priority;  // larger runs first among released tasks; ties by name
};
// Non-preemptive single-machine schedule; returns "name@start" in execution order.
std::vector<std::string> schedule(const std::vector<Task>& tasks);
// Minimum total cost of merging all piles pairwise (cost = sum of the two), Huffman-style.
long long minMergeCost(const std::vector<long long>& piles);
// The k-th smallest pairwise sum a[i] + b[j] of two sorted arrays (1-based k).
long long kthSmallestPairSum(const std::vector<long long>& a, const std::vector<long long>& b, long long k);
