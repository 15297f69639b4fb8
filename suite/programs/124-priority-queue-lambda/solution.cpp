#include "solution.hpp"
#include <algorithm>
#include <queue>
#include <utility>

namespace {
struct Item {
  long long d;
  int node;
};

void run(const std::vector<std::vector<Edge>>& adj, int src, std::vector<long long>& dist, std::vector<int>& prev) {
  const int n = static_cast<int>(adj.size());
  dist.assign(adj.size(), -1);
  prev.assign(adj.size(), -1);
  if (src < 0 || src >= n) return;
  auto cmp = [](const Item& a, const Item& b) { return a.d != b.d ? a.d > b.d : a.node > b.node; };
  std::priority_queue<Item, std::vector<Item>, decltype(cmp)> pq(cmp);
  std::vector<bool> done(adj.size(), false);
  dist[static_cast<std::size_t>(src)] = 0;
  pq.push({0, src});
  while (!pq.empty()) {
    Item it = pq.top();
    pq.pop();
    std::size_t u = static_cast<std::size_t>(it.node);
    if (done[u]) continue;
    done[u] = true;
    for (const Edge& e : adj[u]) {
      std::size_t v = static_cast<std::size_t>(e.to);
      long long nd = it.d + e.w;
      if (dist[v] < 0 || nd < dist[v] || (nd == dist[v] && !done[v] && it.node < prev[v])) {
        dist[v] = nd;
        prev[v] = it.node;
        pq.push({nd, e.to});
      }
    }
  }
}
}  // namespace

std::vector<long long> dijkstra(const std::vector<std::vector<Edge>>& adj, int src) {
  std::vector<long long> dist;
  std::vector<int> prev;
  run(adj, src, dist, prev);
  return dist;
}

std::vector<int> shortestPath(const std::vector<std::vector<Edge>>& adj, int src, int dst) {
  std::vector<long long> dist;
  std::vector<int> prev;
  run(adj, src, dist, prev);
  if (dst < 0 || dst >= static_cast<int>(adj.size()) || dist[static_cast<std::size_t>(dst)] < 0) return {};
  std::vector<int> path;
  for (int v = dst; v != -1; v = prev[static_cast<std::size_t>(v)]) path.push_back(v);
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<std::string> schedule(const std::vector<Task>& tasks) {
  std::vector<const Task*> byRelease;
  for (const Task& t : tasks) byRelease.push_back(&t);
  std::stable_sort(byRelease.begin(), byRelease.end(),
                   [](const Task* a, const Task* b) { return a->release < b->release; });
  auto cmp = [](const Task* a, const Task* b) {
    return a->priority != b->priority ? a->priority < b->priority : a->name > b->name;
  };
  std::priority_queue<const Task*, std::vector<const Task*>, decltype(cmp)> ready(cmp);
  std::vector<std::string> out;
  std::size_t next = 0;
  long long now = 0;
  while (next < byRelease.size() || !ready.empty()) {
    if (ready.empty() && byRelease[next]->release > now) now = byRelease[next]->release;
    while (next < byRelease.size() && byRelease[next]->release <= now) ready.push(byRelease[next++]);
    const Task* t = ready.top();
    ready.pop();
    out.push_back(t->name + "@" + std::to_string(now));
    now += t->duration;
  }
  return out;
}

long long minMergeCost(const std::vector<long long>& piles) {
  auto cmp = [](long long a, long long b) { return a > b; };
  std::priority_queue<long long, std::vector<long long>, decltype(cmp)> pq(cmp, piles);
  long long cost = 0;
  while (pq.size() > 1) {
    long long a = pq.top(); pq.pop();
    long long b = pq.top(); pq.pop();
    cost += a + b;
    pq.push(a + b);
  }
  return cost;
}

long long kthSmallestPairSum(const std::vector<long long>& a, const std::vector<long long>& b, long long k) {
  if (a.empty() || b.empty() || k < 1) return 0;
  using Entry = std::pair<long long, std::pair<std::size_t, std::size_t>>;
  auto cmp = [](const Entry& x, const Entry& y) { return x.first > y.first; };
  std::priority_queue<Entry, std::vector<Entry>, decltype(cmp)> pq(cmp);
  for (std::size_t i = 0; i < a.size(); ++i) pq.push({a[i] + b[0], {i, 0}});
  long long result = 0;
  for (long long c = 0; c < k && !pq.empty(); ++c) {
    Entry e = pq.top();
    pq.pop();
    result = e.first;
    std::size_t i = e.second.first, j = e.second.second;
    if (j + 1 < b.size()) pq.push({a[i] + b[j + 1], {i, j + 1}});
  }
  return result;
}
