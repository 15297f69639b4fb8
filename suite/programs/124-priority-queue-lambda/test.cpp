#include "check.h"
#include "solution.hpp"
#include <algorithm>
#include <string>
#include <vector>

int main() {
  std::vector<std::vector<Edge>> g(6);
  auto add = [&g](int a, int b, long long w) {
    g[static_cast<std::size_t>(a)].push_back({b, w});
    g[static_cast<std::size_t>(b)].push_back({a, w});
  };
  add(0, 1, 7); add(0, 2, 9); add(0, 5, 14); add(1, 2, 10); add(1, 3, 15);
  add(2, 3, 11); add(2, 5, 2); add(3, 4, 6); add(4, 5, 9);
  std::vector<long long> d = dijkstra(g, 0);
  CHECK((d == std::vector<long long>{0, 7, 9, 20, 20, 11}));
  CHECK((shortestPath(g, 0, 4) == std::vector<int>{0, 2, 5, 4}));
  CHECK((shortestPath(g, 0, 0) == std::vector<int>{0}));
  CHECK((shortestPath(g, 0, 3) == std::vector<int>{0, 2, 3}));

  std::vector<std::vector<Edge>> h(4);
  h[0].push_back({1, 5});
  h[1].push_back({2, 0});
  CHECK((dijkstra(h, 0) == std::vector<long long>{0, 5, 5, -1}));
  CHECK(shortestPath(h, 0, 3).empty());
  CHECK(shortestPath(h, 2, 0).empty());
  CHECK((dijkstra(h, 9) == std::vector<long long>{-1, -1, -1, -1}));

  // tie: two equal-cost routes to 3 via 1 or 2 -> predecessor 1 wins
  std::vector<std::vector<Edge>> t(4);
  t[0].push_back({2, 1}); t[0].push_back({1, 1}); t[2].push_back({3, 1}); t[1].push_back({3, 1});
  CHECK((shortestPath(t, 0, 3) == std::vector<int>{0, 1, 3}));

  // grid graph cross-check with Manhattan distances
  const int W = 15;
  std::vector<std::vector<Edge>> grid(W * W);
  for (int r = 0; r < W; ++r)
    for (int c = 0; c < W; ++c) {
      if (c + 1 < W) { grid[static_cast<std::size_t>(r * W + c)].push_back({r * W + c + 1, 1}); grid[static_cast<std::size_t>(r * W + c + 1)].push_back({r * W + c, 1}); }
      if (r + 1 < W) { grid[static_cast<std::size_t>(r * W + c)].push_back({(r + 1) * W + c, 1}); grid[static_cast<std::size_t>((r + 1) * W + c)].push_back({r * W + c, 1}); }
    }
  std::vector<long long> gd = dijkstra(grid, 0);
  for (int r = 0; r < W; ++r)
    for (int c = 0; c < W; ++c) CHECK(gd[static_cast<std::size_t>(r * W + c)] == r + c);
  CHECK(shortestPath(grid, 0, W * W - 1).size() == static_cast<std::size_t>(2 * W - 1));

  std::vector<Task> tasks{
      {"build", 0, 3, 1}, {"lint", 0, 1, 5}, {"test", 2, 2, 9}, {"deploy", 10, 1, 0}, {"docs", 1, 2, 5},
  };
  CHECK((schedule(tasks) == std::vector<std::string>{"lint@0", "docs@1", "test@3", "build@5", "deploy@10"}));
  CHECK((schedule({}).empty()));
  CHECK((schedule({{"b", 5, 1, 1}, {"a", 5, 1, 1}}) == std::vector<std::string>{"a@5", "b@6"}));

  CHECK((minMergeCost({}) == 0));
  CHECK((minMergeCost({42}) == 0));
  CHECK((minMergeCost({4, 3, 2, 6}) == 29));
  CHECK((minMergeCost({1, 1, 1, 1}) == 8));
  CHECK((minMergeCost({5, 2, 4, 7, 1}) == 41));

  std::vector<long long> a{1, 7, 11}, b{2, 4, 6};
  CHECK(kthSmallestPairSum(a, b, 1) == 3);
  CHECK(kthSmallestPairSum(a, b, 3) == 7);
  CHECK(kthSmallestPairSum(a, b, 9) == 17);
  CHECK((kthSmallestPairSum(a, {}, 1) == 0));
  std::vector<long long> x, y, all;
  for (long long i = 0; i < 30; ++i) { x.push_back(i * i % 17 + i); y.push_back(3 * i - 40); }
  std::sort(x.begin(), x.end());
  for (long long p : x)
    for (long long q : y) all.push_back(p + q);
  std::sort(all.begin(), all.end());
  for (long long k = 1; k <= 900; k += 29) CHECK(kthSmallestPairSum(x, y, k) == all[static_cast<std::size_t>(k - 1)]);
  return 0;
}
