#include "solution.hpp"

DisjointSet::DisjointSet(std::size_t n) : parent_(n), size_(n, 1), components_(n), largest_(n ? 1 : 0) {
  for (std::size_t i = 0; i < n; ++i) parent_[i] = i;
}

std::size_t DisjointSet::find(std::size_t x) {
  std::size_t root = x;
  while (parent_[root] != root) root = parent_[root];
  while (parent_[x] != root) {
    std::size_t next = parent_[x];
    parent_[x] = root;
    x = next;
  }
  return root;
}

bool DisjointSet::unite(std::size_t x, std::size_t y) {
  std::size_t a = find(x), b = find(y);
  if (a == b) return false;
  if (size_[a] < size_[b]) std::swap(a, b);
  parent_[b] = a;
  size_[a] += size_[b];
  if (size_[a] > largest_) largest_ = size_[a];
  --components_;
  return true;
}

bool DisjointSet::connected(std::size_t x, std::size_t y) { return find(x) == find(y); }

std::size_t DisjointSet::set_size(std::size_t x) { return size_[find(x)]; }

std::size_t DisjointSet::components() const { return components_; }

std::size_t DisjointSet::largest_set() const { return largest_; }

int count_islands(const std::vector<std::string>& grid) {
  std::size_t rows = grid.size();
  if (rows == 0) return 0;
  std::size_t cols = grid[0].size();
  DisjointSet ds(rows * cols);
  std::size_t water = 0;
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c) {
      if (grid[r][c] != '1') {
        ++water;
        continue;
      }
      if (r + 1 < rows && grid[r + 1][c] == '1') ds.unite(r * cols + c, (r + 1) * cols + c);
      if (c + 1 < cols && grid[r][c + 1] == '1') ds.unite(r * cols + c, r * cols + c + 1);
    }
  return static_cast<int>(ds.components() - water);
}

std::vector<int> islands_after_additions(int rows, int cols, const std::vector<std::pair<int, int>>& cells) {
  std::size_t R = static_cast<std::size_t>(rows), C = static_cast<std::size_t>(cols);
  DisjointSet ds(R * C);
  std::vector<char> land(R * C, 0);
  std::vector<int> out;
  int islands = 0;
  const int dr[] = {-1, 1, 0, 0}, dc[] = {0, 0, -1, 1};
  for (const auto& cell : cells) {
    std::size_t id = static_cast<std::size_t>(cell.first) * C + static_cast<std::size_t>(cell.second);
    if (!land[id]) {
      land[id] = 1;
      ++islands;
      for (int k = 0; k < 4; ++k) {
        int nr = cell.first + dr[k], nc = cell.second + dc[k];
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
        std::size_t nid = static_cast<std::size_t>(nr) * C + static_cast<std::size_t>(nc);
        if (land[nid] && ds.unite(id, nid)) --islands;
      }
    }
    out.push_back(islands);
  }
  return out;
}

bool first_redundant_edge(std::size_t n, const std::vector<std::pair<int, int>>& edges, std::pair<int, int>& out) {
  DisjointSet ds(n);
  for (const auto& e : edges) {
    if (!ds.unite(static_cast<std::size_t>(e.first), static_cast<std::size_t>(e.second))) {
      out = e;
      return true;
    }
  }
  return false;
}

bool equations_possible(const std::vector<std::string>& equations) {
  DisjointSet ds(26);
  for (const std::string& e : equations)
    if (e[1] == '=') ds.unite(static_cast<std::size_t>(e[0] - 'a'), static_cast<std::size_t>(e[3] - 'a'));
  for (const std::string& e : equations)
    if (e[1] == '!' && ds.connected(static_cast<std::size_t>(e[0] - 'a'), static_cast<std::size_t>(e[3] - 'a')))
      return false;
  return true;
}
