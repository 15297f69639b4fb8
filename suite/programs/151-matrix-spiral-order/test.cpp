#include "check.h"
#include "solution.hpp"

namespace {
typedef std::vector<int> VI;
Matrix numbered(std::size_t rows, std::size_t cols) {
  Matrix m(rows, VI(cols));
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c) m[r][c] = static_cast<int>(r * cols + c) - 5;
  return m;
}
// Reference spiral: peel the first row, then rotate the remainder counter-clockwise.
VI ref_spiral(Matrix m) {
  VI out;
  while (!m.empty() && !m[0].empty()) {
    out.insert(out.end(), m[0].begin(), m[0].end());
    m.erase(m.begin());
    if (m.empty()) break;
    std::size_t rows = m.size(), cols = m[0].size();
    Matrix rot(cols, VI(rows));
    for (std::size_t r = 0; r < rows; ++r)
      for (std::size_t c = 0; c < cols; ++c) rot[cols - 1 - c][r] = m[r][c];
    m = rot;
  }
  return out;
}
}  // namespace

int main() {
  CHECK(spiral_order(Matrix()).empty());
  CHECK(spiral_order(Matrix(3)).empty());
  CHECK(spiral_order({{7}}) == VI({7}));
  CHECK(spiral_order({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}) == VI({1, 2, 3, 6, 9, 8, 7, 4, 5}));
  CHECK(spiral_order({{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}) == VI({1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7}));
  CHECK(spiral_order({{1}, {2}, {3}}) == VI({1, 2, 3}));
  CHECK(spiral_order({{1, 2, 3}}) == VI({1, 2, 3}));
  CHECK(generate_spiral(0).empty());
  CHECK(generate_spiral(1) == Matrix({{1}}));
  CHECK(generate_spiral(3) == Matrix({{1, 2, 3}, {8, 9, 4}, {7, 6, 5}}));
  CHECK(generate_spiral(4) == Matrix({{1, 2, 3, 4}, {12, 13, 14, 5}, {11, 16, 15, 6}, {10, 9, 8, 7}}));
  {
    Matrix m = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    rotate_clockwise(m);
    CHECK(m == Matrix({{7, 4, 1}, {8, 5, 2}, {9, 6, 3}}));
    Matrix e;
    rotate_clockwise(e);
    CHECK(e.empty());
  }
  CHECK(zigzag_diagonals({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}) == VI({1, 2, 4, 7, 5, 3, 6, 8, 9}));
  CHECK(zigzag_diagonals({{1, 2}, {3, 4}, {5, 6}}) == VI({1, 2, 3, 5, 4, 6}));
  CHECK(transpose({{1, 2, 3}}) == Matrix({{1}, {2}, {3}}));

  for (std::size_t rows = 1; rows <= 7; ++rows)
    for (std::size_t cols = 1; cols <= 7; ++cols) {
      Matrix m = numbered(rows, cols);
      VI sp = spiral_order(m);
      CHECK(sp == ref_spiral(m));
      CHECK(sp.size() == rows * cols);
      CHECK(transpose(transpose(m)) == m);
      VI z = zigzag_diagonals(m);
      CHECK(z.size() == rows * cols);
      // Zigzag: anti-diagonal index r+c never decreases along the sequence.
      long prev = -1;
      for (int v : z) {
        long idx = v + 5;
        long d = static_cast<long>(idx / static_cast<long>(cols) + idx % static_cast<long>(cols));
        CHECK(d >= prev);
        prev = d;
      }
    }
  for (int n = 1; n <= 8; ++n) {
    Matrix g = generate_spiral(n);
    VI sp = spiral_order(g);
    for (int k = 0; k < n * n; ++k) CHECK(sp[static_cast<std::size_t>(k)] == k + 1);
    Matrix m = numbered(static_cast<std::size_t>(n), static_cast<std::size_t>(n));
    Matrix r = m;
    rotate_clockwise(r);
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j) CHECK(r[i][j] == m[n - 1 - j][i]);
    for (int t = 0; t < 3; ++t) rotate_clockwise(r);
    CHECK(r == m);
  }
  return 0;
}
