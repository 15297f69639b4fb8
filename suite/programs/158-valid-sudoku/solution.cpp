#include "solution.hpp"

namespace {
struct Masks {
  unsigned row[9];
  unsigned col[9];
  unsigned box[9];
};

int box_of(int r, int c) { return (r / 3) * 3 + c / 3; }

bool build_masks(const std::vector<std::string>& board, Masks& m) {
  if (board.size() != 9) return false;
  for (int i = 0; i < 9; ++i) m.row[i] = m.col[i] = m.box[i] = 0;
  for (int r = 0; r < 9; ++r) {
    if (board[static_cast<std::size_t>(r)].size() != 9) return false;
    for (int c = 0; c < 9; ++c) {
      char ch = board[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
      if (ch == '.') continue;
      if (ch < '1' || ch > '9') return false;
      unsigned bit = 1u << (ch - '1');
      int b = box_of(r, c);
      if ((m.row[r] & bit) || (m.col[c] & bit) || (m.box[b] & bit)) return false;
      m.row[r] |= bit;
      m.col[c] |= bit;
      m.box[b] |= bit;
    }
  }
  return true;
}

int popcount9(unsigned x) {
  int n = 0;
  for (; x; x &= x - 1) ++n;
  return n;
}

// Counts solutions up to limit; when `fill` is set, leaves the first solution in the board.
int search(std::vector<std::string>& board, Masks& m, int limit, bool fill) {
  int best_r = -1, best_c = -1, best_count = 10;
  unsigned best_free = 0;
  for (int r = 0; r < 9; ++r)
    for (int c = 0; c < 9; ++c) {
      if (board[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] != '.') continue;
      unsigned free_bits = ~(m.row[r] | m.col[c] | m.box[box_of(r, c)]) & 0x1FFu;
      int cnt = popcount9(free_bits);
      if (cnt < best_count) {
        best_count = cnt;
        best_r = r;
        best_c = c;
        best_free = free_bits;
      }
    }
  if (best_r < 0) return 1;  // no empty cell: solved
  int found = 0;
  int b = box_of(best_r, best_c);
  for (int d = 0; d < 9 && found < limit; ++d) {
    unsigned bit = 1u << d;
    if (!(best_free & bit)) continue;
    board[static_cast<std::size_t>(best_r)][static_cast<std::size_t>(best_c)] = static_cast<char>('1' + d);
    m.row[best_r] |= bit;
    m.col[best_c] |= bit;
    m.box[b] |= bit;
    found += search(board, m, limit - found, fill);
    m.row[best_r] &= ~bit;
    m.col[best_c] &= ~bit;
    m.box[b] &= ~bit;
    if (fill && found > 0) return found;  // keep the filled board
    board[static_cast<std::size_t>(best_r)][static_cast<std::size_t>(best_c)] = '.';
  }
  return found;
}
}  // namespace

bool is_valid_sudoku(const std::vector<std::string>& board) {
  Masks m;
  return build_masks(board, m);
}

bool is_solved_sudoku(const std::vector<std::string>& board) {
  if (!is_valid_sudoku(board)) return false;
  for (const std::string& row : board)
    if (row.find('.') != std::string::npos) return false;
  return true;
}

bool solve_sudoku(std::vector<std::string>& board) {
  Masks m;
  if (!build_masks(board, m)) return false;
  std::vector<std::string> work = board;
  if (search(work, m, 1, true) == 0) return false;
  board = work;
  return true;
}

int count_solutions(std::vector<std::string> board, int limit) {
  Masks m;
  if (limit <= 0 || !build_masks(board, m)) return 0;
  return search(board, m, limit, false);
}

std::vector<int> candidates(const std::vector<std::string>& board, int row, int col) {
  std::vector<int> out;
  Masks m;
  if (!build_masks(board, m)) return out;
  if (board[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)] != '.') return out;
  unsigned used = m.row[row] | m.col[col] | m.box[box_of(row, col)];
  for (int d = 0; d < 9; ++d)
    if (!(used & (1u << d))) out.push_back(d + 1);
  return out;
}
