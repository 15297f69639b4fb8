#include "check.h"
#include "solution.hpp"

namespace {
typedef std::vector<std::string> Board;
// Independent validity check: compare every pair of cells sharing a unit.
bool ref_valid(const Board& b) {
  for (int i = 0; i < 81; ++i)
    for (int j = i + 1; j < 81; ++j) {
      int r1 = i / 9, c1 = i % 9, r2 = j / 9, c2 = j % 9;
      char x = b[r1][c1], y = b[r2][c2];
      if (x == '.' || x != y) continue;
      if (r1 == r2 || c1 == c2 || (r1 / 3 == r2 / 3 && c1 / 3 == c2 / 3)) return false;
    }
  return true;
}
}  // namespace

int main() {
  const Board puzzle = {"53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
                        "7...2...6", ".6....28.", "...419..5", "....8..79"};
  const Board solution = {"534678912", "672195348", "198342567", "859761423", "426853791",
                          "713924856", "961537284", "287419635", "345286179"};
  CHECK(is_valid_sudoku(puzzle));
  CHECK(ref_valid(puzzle));
  CHECK(!is_solved_sudoku(puzzle));
  CHECK(is_solved_sudoku(solution));
  CHECK(ref_valid(solution));
  CHECK(candidates(puzzle, 0, 2) == std::vector<int>({1, 2, 4}));
  CHECK(candidates(puzzle, 0, 0).empty());
  {
    Board b = puzzle;
    CHECK(solve_sudoku(b));
    CHECK(b == solution);
  }
  CHECK(count_solutions(puzzle, 5) == 1);
  // Duplicates in a row, a column, and a box.
  {
    Board b = puzzle;
    b[0][2] = '5';
    CHECK(!is_valid_sudoku(b) && !ref_valid(b));
    Board c = puzzle;
    c[8][0] = '8';
    CHECK(!is_valid_sudoku(c) && !ref_valid(c));
    Board d = puzzle;
    d[1][1] = '9';
    CHECK(!is_valid_sudoku(d) && !ref_valid(d));
    CHECK(!solve_sudoku(d));
    CHECK(d[1][1] == '9' && d[0][2] == '.');
  }
  // Bad shapes and characters.
  CHECK(!is_valid_sudoku(Board()));
  {
    Board b = puzzle;
    b[4] = "4..8.3..";
    CHECK(!is_valid_sudoku(b));
    Board c = puzzle;
    c[4][4] = '0';
    CHECK(!is_valid_sudoku(c));
  }
  // Remove cells from the solution: must remain valid and solve back to the same grid
  // when the solution stays unique.
  for (int k = 0; k < 30; ++k) {
    Board b = solution;
    for (int i = 0; i <= k; ++i) {
      int cell = (i * 37 + k * 11) % 81;
      b[cell / 9][cell % 9] = '.';
    }
    CHECK(is_valid_sudoku(b));
    int n = count_solutions(b, 2);
    CHECK(n >= 1);
    Board s = b;
    CHECK(solve_sudoku(s));
    CHECK(is_solved_sudoku(s));
    for (int r = 0; r < 9; ++r)
      for (int c = 0; c < 9; ++c)
        if (b[r][c] != '.') CHECK(s[r][c] == b[r][c]);
    if (n == 1) CHECK(s == solution);
  }
  // A board with exactly two solutions: blank a "deadly rectangle" (two rows in the same band,
  // two columns, values forming an a/b swap pattern).
  {
    Board b = solution;
    bool made = false;
    for (int r1 = 0; r1 < 9 && !made; ++r1)
      for (int r2 = r1 + 1; r2 < 9 && !made && r2 / 3 == r1 / 3; ++r2)
        for (int c1 = 0; c1 < 9 && !made; ++c1)
          for (int c2 = c1 + 1; c2 < 9 && !made; ++c2)
            if (solution[r1][c1] == solution[r2][c2] && solution[r1][c2] == solution[r2][c1]) {
              b[r1][c1] = b[r1][c2] = b[r2][c1] = b[r2][c2] = '.';
              made = true;
            }
    CHECK(made);
    CHECK(count_solutions(b, 10) == 2);
    CHECK(count_solutions(b, 1) == 1);
    CHECK(count_solutions(b, 0) == 0);
  }
  // Valid but unsolvable: row 0 needs a 9 in column 8, which already holds a 9.
  {
    Board u(9, std::string(9, '.'));
    u[0] = "12345678.";
    u[1][8] = '9';
    CHECK(is_valid_sudoku(u) && ref_valid(u));
    CHECK(candidates(u, 0, 8).empty());
    CHECK(count_solutions(u, 5) == 0);
    Board copy = u;
    CHECK(!solve_sudoku(copy));
    CHECK(copy == u);
  }
  {
    Board empty(9, std::string(9, '.'));
    CHECK(is_valid_sudoku(empty));
    CHECK(count_solutions(empty, 3) == 3);
    Board s = empty;
    CHECK(solve_sudoku(s));
    CHECK(is_solved_sudoku(s) && ref_valid(s));
  }
  return 0;
}
