#include "solution.hpp"

std::vector<int> spiral_order(const Matrix& m) {
  std::vector<int> out;
  if (m.empty() || m[0].empty()) return out;
  long top = 0, bottom = static_cast<long>(m.size()) - 1;
  long left = 0, right = static_cast<long>(m[0].size()) - 1;
  while (top <= bottom && left <= right) {
    for (long c = left; c <= right; ++c) out.push_back(m[top][c]);
    for (long r = top + 1; r <= bottom; ++r) out.push_back(m[r][right]);
    if (top < bottom) {
      for (long c = right - 1; c >= left; --c) out.push_back(m[bottom][c]);
    }
    if (left < right) {
      for (long r = bottom - 1; r > top; --r) out.push_back(m[r][left]);
    }
    ++top;
    --bottom;
    ++left;
    --right;
  }
  return out;
}

Matrix generate_spiral(int n) {
  if (n <= 0) return Matrix();
  Matrix m(static_cast<std::size_t>(n), std::vector<int>(static_cast<std::size_t>(n), 0));
  const int dr[] = {0, 1, 0, -1};
  const int dc[] = {1, 0, -1, 0};
  int r = 0, c = 0, d = 0;
  for (int k = 1; k <= n * n; ++k) {
    m[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = k;
    int nr = r + dr[d], nc = c + dc[d];
    if (nr < 0 || nr >= n || nc < 0 || nc >= n || m[static_cast<std::size_t>(nr)][static_cast<std::size_t>(nc)] != 0) {
      d = (d + 1) % 4;
      nr = r + dr[d];
      nc = c + dc[d];
    }
    r = nr;
    c = nc;
  }
  return m;
}

void rotate_clockwise(Matrix& m) {
  std::size_t n = m.size();
  for (std::size_t layer = 0; layer < n / 2; ++layer) {
    std::size_t first = layer, last = n - 1 - layer;
    for (std::size_t i = first; i < last; ++i) {
      std::size_t off = i - first;
      int top = m[first][i];
      m[first][i] = m[last - off][first];
      m[last - off][first] = m[last][last - off];
      m[last][last - off] = m[i][last];
      m[i][last] = top;
    }
  }
}

std::vector<int> zigzag_diagonals(const Matrix& m) {
  std::vector<int> out;
  if (m.empty() || m[0].empty()) return out;
  long rows = static_cast<long>(m.size()), cols = static_cast<long>(m[0].size());
  for (long d = 0; d < rows + cols - 1; ++d) {
    if (d % 2 == 0) {
      long r = d < rows ? d : rows - 1;
      long c = d - r;
      while (r >= 0 && c < cols) out.push_back(m[r--][c++]);
    } else {
      long c = d < cols ? d : cols - 1;
      long r = d - c;
      while (c >= 0 && r < rows) out.push_back(m[r++][c--]);
    }
  }
  return out;
}

Matrix transpose(const Matrix& m) {
  if (m.empty()) return Matrix();
  Matrix t(m[0].size(), std::vector<int>(m.size()));
  for (std::size_t r = 0; r < m.size(); ++r)
    for (std::size_t c = 0; c < m[r].size(); ++c) t[c][r] = m[r][c];
  return t;
}
