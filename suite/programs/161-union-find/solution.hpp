#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

// Disjoint-set forest with path compression and union by size.
class DisjointSet {
 public:
  explicit DisjointSet(std::size_t n);
  std::size_t find(std::size_t x);
  // Returns true if x and y were in different sets.
  bool unite(std::size_t x, std::size_t y);
  bool connected(std::size_t x, std::size_t y);
  std::size_t set_size(std::size_t x);
  std::size_t components() const;
  std::size_t largest_set() const;

 private:
  std::vector<std::size_t> parent_;
  std::vector<std::size_t> size_;
  std::size_t components_;
  std::size_t largest_;
};

// Number of islands of '1' cells (4-connectivity) computed with a DisjointSet.
int count_islands(const std::vector<std::string>& grid);
// Island count after each land addition on an initially all-water rows x cols grid.
std::vector<int> islands_after_additions(int rows, int cols, const std::vector<std::pair<int, int>>& cells);
// The first edge (in input order) whose addition closes a cycle in an undirected graph on
// vertices 0..n-1; returns false if none does.
bool first_redundant_edge(std::size_t n, const std::vector<std::pair<int, int>>& edges, std::pair<int, int>& out);
// Equations "a==b" / "a!=b" over single lowercase letters: are they satisfiable together?
bool equations_possible(const std::vector<std::string>& equations);
