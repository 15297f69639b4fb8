#include "solution.hpp"

#include <algorithm>
#include <queue>
#include <utility>

namespace {
const int kDr[4] = {-1, 1, 0, 0};
const int kDc[4] = {0, 0, -1, 1};
const char kMove[4] = {'U', 'D', 'L', 'R'};

bool find_char(const std::vector<std::string>& g, char ch, int& r, int& c) {
  for (std::size_t i = 0; i < g.size(); ++i) {
    std::string::size_type p = g[i].find(ch);
    if (p != std::string::npos) {
      r = static_cast<int>(i);
      c = static_cast<int>(p);
      return true;
    }
  }
  return false;
}

bool inside(const std::vector<std::string>& g, int r, int c) {
  return r >= 0 && c >= 0 && r < static_cast<int>(g.size()) && c < static_cast<int>(g[static_cast<std::size_t>(r)].size());
}

char at(const std::vector<std::string>& g, int r, int c) {
  return g[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
}
}  // namespace

std::vector<std::vector<int>> grid_distances(const std::vector<std::string>& grid) {
  std::vector<std::vector<int>> dist;
  for (const std::string& row : grid) dist.emplace_back(row.size(), -1);
  int sr = 0, sc = 0;
  if (!find_char(grid, 'S', sr, sc)) return dist;
  std::queue<std::pair<int, int>> q;
  dist[static_cast<std::size_t>(sr)][static_cast<std::size_t>(sc)] = 0;
  q.push({sr, sc});
  while (!q.empty()) {
    std::pair<int, int> cur = q.front();
    q.pop();
    int d = dist[static_cast<std::size_t>(cur.first)][static_cast<std::size_t>(cur.second)];
    for (int k = 0; k < 4; ++k) {
      int nr = cur.first + kDr[k], nc = cur.second + kDc[k];
      if (!inside(grid, nr, nc) || at(grid, nr, nc) == '#') continue;
      int& nd = dist[static_cast<std::size_t>(nr)][static_cast<std::size_t>(nc)];
      if (nd != -1) continue;
      nd = d + 1;
      q.push({nr, nc});
    }
  }
  return dist;
}

int grid_shortest_path(const std::vector<std::string>& grid) {
  int er = 0, ec = 0, sr = 0, sc = 0;
  if (!find_char(grid, 'E', er, ec) || !find_char(grid, 'S', sr, sc)) return -1;
  return grid_distances(grid)[static_cast<std::size_t>(er)][static_cast<std::size_t>(ec)];
}

std::string grid_route(const std::vector<std::string>& grid) {
  int er = 0, ec = 0, sr = 0, sc = 0;
  if (!find_char(grid, 'E', er, ec) || !find_char(grid, 'S', sr, sc)) return "";
  std::vector<std::vector<int>> dist = grid_distances(grid);
  int d = dist[static_cast<std::size_t>(er)][static_cast<std::size_t>(ec)];
  if (d <= 0) return "";
  // Walk backwards from E, always stepping to a neighbour one closer to S.
  std::string route;
  int r = er, c = ec;
  while (d > 0) {
    for (int k = 0; k < 4; ++k) {
      int pr = r - kDr[k], pc = c - kDc[k];  // predecessor that moved in direction k
      if (inside(grid, pr, pc) && dist[static_cast<std::size_t>(pr)][static_cast<std::size_t>(pc)] == d - 1) {
        route += kMove[k];
        r = pr;
        c = pc;
        break;
      }
    }
    --d;
  }
  std::reverse(route.begin(), route.end());
  return route;
}

int grid_shortest_with_breaks(const std::vector<std::string>& grid, int k) {
  int sr = 0, sc = 0, er = 0, ec = 0;
  if (k < 0 || !find_char(grid, 'S', sr, sc) || !find_char(grid, 'E', er, ec)) return -1;
  std::size_t layers = static_cast<std::size_t>(k) + 1;
  std::vector<std::vector<std::vector<int>>> dist;
  for (const std::string& row : grid) dist.emplace_back(row.size(), std::vector<int>(layers, -1));
  struct State {
    int r, c, used;
  };
  std::queue<State> q;
  dist[static_cast<std::size_t>(sr)][static_cast<std::size_t>(sc)][0] = 0;
  q.push({sr, sc, 0});
  while (!q.empty()) {
    State s = q.front();
    q.pop();
    int d = dist[static_cast<std::size_t>(s.r)][static_cast<std::size_t>(s.c)][static_cast<std::size_t>(s.used)];
    if (s.r == er && s.c == ec) return d;
    for (int m = 0; m < 4; ++m) {
      int nr = s.r + kDr[m], nc = s.c + kDc[m];
      if (!inside(grid, nr, nc)) continue;
      int nu = s.used + (at(grid, nr, nc) == '#' ? 1 : 0);
      if (nu > k) continue;
      int& nd = dist[static_cast<std::size_t>(nr)][static_cast<std::size_t>(nc)][static_cast<std::size_t>(nu)];
      if (nd != -1) continue;
      nd = d + 1;
      q.push({nr, nc, nu});
    }
  }
  return -1;
}

int count_open_regions(const std::vector<std::string>& grid) {
  std::vector<std::vector<char>> seen;
  for (const std::string& row : grid) seen.emplace_back(row.size(), 0);
  int regions = 0;
  for (int r = 0; r < static_cast<int>(grid.size()); ++r)
    for (int c = 0; c < static_cast<int>(grid[static_cast<std::size_t>(r)].size()); ++c) {
      if (at(grid, r, c) == '#' || seen[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]) continue;
      ++regions;
      std::queue<std::pair<int, int>> q;
      q.push({r, c});
      seen[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = 1;
      while (!q.empty()) {
        std::pair<int, int> cur = q.front();
        q.pop();
        for (int k = 0; k < 4; ++k) {
          int nr = cur.first + kDr[k], nc = cur.second + kDc[k];
          if (!inside(grid, nr, nc) || at(grid, nr, nc) == '#') continue;
          char& sn = seen[static_cast<std::size_t>(nr)][static_cast<std::size_t>(nc)];
          if (sn) continue;
          sn = 1;
          q.push({nr, nc});
        }
      }
    }
  return regions;
}
