#include "solution.hpp"

#include <algorithm>
#include <functional>
#include <queue>
#include <set>

std::vector<int> topo_order_smallest(int n, const std::vector<std::pair<int, int>>& edges) {
  std::vector<std::vector<int>> adj(static_cast<std::size_t>(n));
  std::vector<int> indeg(static_cast<std::size_t>(n), 0);
  for (const auto& e : edges) {
    adj[static_cast<std::size_t>(e.first)].push_back(e.second);
    ++indeg[static_cast<std::size_t>(e.second)];
  }
  std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
  for (int v = 0; v < n; ++v)
    if (indeg[static_cast<std::size_t>(v)] == 0) ready.push(v);
  std::vector<int> order;
  while (!ready.empty()) {
    int u = ready.top();
    ready.pop();
    order.push_back(u);
    for (int v : adj[static_cast<std::size_t>(u)])
      if (--indeg[static_cast<std::size_t>(v)] == 0) ready.push(v);
  }
  if (static_cast<int>(order.size()) != n) order.clear();
  return order;
}

namespace {
// Iterative DFS colouring: 0 = white, 1 = on stack, 2 = done.
bool dfs_all(int n, const std::vector<std::vector<int>>& adj, std::vector<int>& post) {
  std::vector<int> colour(static_cast<std::size_t>(n), 0);
  std::vector<std::pair<int, std::size_t>> stack;
  for (int root = 0; root < n; ++root) {
    if (colour[static_cast<std::size_t>(root)] != 0) continue;
    stack.push_back({root, 0});
    colour[static_cast<std::size_t>(root)] = 1;
    while (!stack.empty()) {
      int u = stack.back().first;
      std::size_t& next = stack.back().second;
      const std::vector<int>& out = adj[static_cast<std::size_t>(u)];
      if (next < out.size()) {
        int v = out[next++];
        if (colour[static_cast<std::size_t>(v)] == 1) return false;
        if (colour[static_cast<std::size_t>(v)] == 0) {
          colour[static_cast<std::size_t>(v)] = 1;
          stack.push_back({v, 0});
        }
      } else {
        colour[static_cast<std::size_t>(u)] = 2;
        post.push_back(u);
        stack.pop_back();
      }
    }
  }
  return true;
}

std::vector<std::vector<int>> adjacency(int n, const std::vector<std::pair<int, int>>& edges) {
  std::vector<std::vector<int>> adj(static_cast<std::size_t>(n));
  for (const auto& e : edges) adj[static_cast<std::size_t>(e.first)].push_back(e.second);
  return adj;
}
}  // namespace

bool topo_order_dfs(int n, const std::vector<std::pair<int, int>>& edges, std::vector<int>& order) {
  order.clear();
  if (!dfs_all(n, adjacency(n, edges), order)) {
    order.clear();
    return false;
  }
  std::reverse(order.begin(), order.end());
  return true;
}

bool has_cycle(int n, const std::vector<std::pair<int, int>>& edges) {
  std::vector<int> post;
  return !dfs_all(n, adjacency(n, edges), post);
}

int longest_path_vertices(int n, const std::vector<std::pair<int, int>>& edges) {
  if (n == 0) return 0;
  std::vector<int> order = topo_order_smallest(n, edges);
  if (order.empty()) return -1;
  std::vector<std::vector<int>> adj = adjacency(n, edges);
  std::vector<int> best(static_cast<std::size_t>(n), 1);
  int answer = 1;
  for (int u : order)
    for (int v : adj[static_cast<std::size_t>(u)]) {
      int cand = best[static_cast<std::size_t>(u)] + 1;
      if (cand > best[static_cast<std::size_t>(v)]) best[static_cast<std::size_t>(v)] = cand;
      if (cand > answer) answer = cand;
    }
  return answer;
}

std::string alien_order(const std::vector<std::string>& words) {
  std::set<char> letters;
  for (const std::string& w : words)
    for (char c : w) letters.insert(c);
  std::vector<char> idx_to_char(letters.begin(), letters.end());
  auto index_of = [&idx_to_char](char c) {
    return static_cast<int>(std::lower_bound(idx_to_char.begin(), idx_to_char.end(), c) - idx_to_char.begin());
  };
  std::vector<std::pair<int, int>> edges;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& a = words[i];
    const std::string& b = words[i + 1];
    std::size_t j = 0;
    while (j < a.size() && j < b.size() && a[j] == b[j]) ++j;
    if (j < a.size() && j < b.size()) {
      edges.push_back({index_of(a[j]), index_of(b[j])});
    } else if (a.size() > b.size()) {
      return "";  // a longer word before its own prefix
    }
  }
  int n = static_cast<int>(idx_to_char.size());
  std::vector<int> order = topo_order_smallest(n, edges);
  if (static_cast<int>(order.size()) != n) return "";
  std::string out;
  for (int v : order) out += idx_to_char[static_cast<std::size_t>(v)];
  return out;
}
