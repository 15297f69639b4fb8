#include "check.h"
#include "solution.hpp"

namespace {
typedef std::vector<std::string> Grid;
unsigned s = 271828u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
// Reference: Bellman-Ford style relaxation until nothing changes (walls are never entered).
std::vector<std::vector<long>> relax(const Grid& g, int sr, int sc) {
  std::size_t R = g.size(), C = g[0].size();
  std::vector<std::vector<long>> d(R, std::vector<long>(C, -1));
  d[sr][sc] = 0;
  bool changed = true;
  while (changed) {
    changed = false;
    for (std::size_t r = 0; r < R; ++r)
      for (std::size_t c = 0; c < C; ++c) {
        if (g[r][c] == '#') continue;
        long best = d[r][c];
        const int dr[] = {-1, 1, 0, 0}, dc[] = {0, 0, -1, 1};
        for (int k = 0; k < 4; ++k) {
          long nr = static_cast<long>(r) + dr[k], nc = static_cast<long>(c) + dc[k];
          if (nr < 0 || nc < 0 || nr >= static_cast<long>(R) || nc >= static_cast<long>(C)) continue;
          long nd = d[nr][nc];
          if (nd >= 0 && (best < 0 || nd + 1 < best)) best = nd + 1;
        }
        if (best != d[r][c]) {
          d[r][c] = best;
          changed = true;
        }
      }
  }
  return d;
}
bool follow(const Grid& g, const std::string& route, char target) {
  int r = -1, c = -1;
  for (std::size_t i = 0; i < g.size(); ++i)
    for (std::size_t j = 0; j < g[i].size(); ++j)
      if (g[i][j] == 'S') { r = static_cast<int>(i); c = static_cast<int>(j); }
  for (char m : route) {
    if (m == 'U') --r;
    else if (m == 'D') ++r;
    else if (m == 'L') --c;
    else if (m == 'R') ++c;
    else return false;
    if (r < 0 || c < 0 || r >= static_cast<int>(g.size()) || c >= static_cast<int>(g[0].size())) return false;
    if (g[r][c] == '#') return false;
  }
  return g[r][c] == target;
}
}  // namespace

int main() {
  Grid g1 = {"S.#.....",
             ".##.###.",
             "....#...",
             "###.#.#E",
             "......#."};
  CHECK(grid_shortest_path(g1) == 14);
  CHECK(grid_route(g1).size() == 14);
  CHECK(follow(g1, grid_route(g1), 'E'));
  CHECK(grid_shortest_with_breaks(g1, 0) == 14);
  CHECK(grid_shortest_with_breaks(g1, 1) == 10);
  CHECK(grid_shortest_with_breaks(g1, 10) == 10);
  CHECK(count_open_regions(g1) == 1);
  CHECK(grid_shortest_path({"SE"}) == 1);
  CHECK(grid_route({"SE"}) == "R");
  CHECK(grid_route({"E", "S"}) == "U");
  CHECK(grid_shortest_path({"S#E"}) == -1);
  CHECK(grid_route({"S#E"}) == "");
  CHECK(grid_shortest_with_breaks({"S#E"}, 1) == 2);
  CHECK(grid_shortest_with_breaks({"S##E"}, 1) == -1);
  CHECK(grid_shortest_path({"S.."}) == -1);
  CHECK(grid_shortest_path({"..E"}) == -1);
  CHECK(grid_shortest_path(Grid()) == -1);
  CHECK(count_open_regions(Grid()) == 0);
  CHECK(count_open_regions({"#.#", ".#.", "#.#"}) == 4);
  CHECK(count_open_regions({"###"}) == 0);
  {
    std::vector<std::vector<int>> d = grid_distances({"S.", "#."});
    CHECK(d[0][0] == 0 && d[0][1] == 1 && d[1][0] == -1 && d[1][1] == 2);
  }
  for (int iter = 0; iter < 150; ++iter) {
    std::size_t R = 1 + rnd() % 7, C = 1 + rnd() % 7;
    Grid g(R, std::string(C, '.'));
    for (std::size_t r = 0; r < R; ++r)
      for (std::size_t c = 0; c < C; ++c)
        if (rnd() % 10 < 3) g[r][c] = '#';
    std::size_t sr = rnd() % R, sc = rnd() % C, er = rnd() % R, ec = rnd() % C;
    g[sr][sc] = 'S';
    if (er != sr || ec != sc) g[er][ec] = 'E';
    std::vector<std::vector<long>> ref = relax(g, static_cast<int>(sr), static_cast<int>(sc));
    std::vector<std::vector<int>> d = grid_distances(g);
    for (std::size_t r = 0; r < R; ++r)
      for (std::size_t c = 0; c < C; ++c) CHECK(d[r][c] == ref[r][c]);
    if (er != sr || ec != sc) {
      int sp = grid_shortest_path(g);
      CHECK(sp == ref[er][ec]);
      std::string route = grid_route(g);
      if (sp > 0) {
        CHECK(route.size() == static_cast<std::size_t>(sp));
        CHECK(follow(g, route, 'E'));
      } else {
        CHECK(route.empty());
      }
      int b0 = grid_shortest_with_breaks(g, 0);
      CHECK(b0 == sp);
      int b1 = grid_shortest_with_breaks(g, 1);
      CHECK(b1 != -1 || sp == -1);
      if (sp != -1) CHECK(b1 <= sp);
      long manhattan = static_cast<long>(er > sr ? er - sr : sr - er) + static_cast<long>(ec > sc ? ec - sc : sc - ec);
      CHECK(grid_shortest_with_breaks(g, static_cast<int>(R * C)) == manhattan);
    }
  }
  return 0;
}
