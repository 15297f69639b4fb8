#include <string.h>
#include "check.h"
#include "solution.h"

static void parse(const char *text, unsigned char g[81]) {
  for (int i = 0; i < 81; i++) g[i] = text[i] == '.' ? 0 : (unsigned char)(text[i] - '0');
}

/* independent validity check of a completed grid using sums of bit flags */
static int complete_and_valid(const unsigned char g[81]) {
  for (int k = 0; k < 9; k++) {
    unsigned rowm = 0, colm = 0, boxm = 0;
    for (int j = 0; j < 9; j++) {
      unsigned rv = g[k * 9 + j], cv = g[j * 9 + k];
      unsigned bv = g[(k / 3 * 3 + j / 3) * 9 + (k % 3 * 3 + j % 3)];
      if (rv < 1 || rv > 9 || cv < 1 || cv > 9 || bv < 1 || bv > 9) return 0;
      rowm |= 1u << rv;
      colm |= 1u << cv;
      boxm |= 1u << bv;
    }
    if (rowm != 0x3FE || colm != 0x3FE || boxm != 0x3FE) return 0;
  }
  return 1;
}

static int respects_givens(const unsigned char *puzzle, const unsigned char *sol) {
  for (int i = 0; i < 81; i++)
    if (puzzle[i] && puzzle[i] != sol[i]) return 0;
  return 1;
}

int main(void) {
  const char *wiki = "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79";
  const char *wiki_solution = "534678912672195348198342567859761423426853791713924856961537284287419635345286179";
  unsigned char p[81], g[81], s[81];
  parse(wiki, p);
  parse(wiki_solution, s);
  CHECK(sudoku_is_consistent(p));
  CHECK(complete_and_valid(s));
  memcpy(g, p, 81);
  CHECK(sudoku_solve(g));
  CHECK(memcmp(g, s, 81) == 0);
  CHECK(sudoku_count_solutions(p, 5) == 1);
  CHECK(sudoku_solve(g) && memcmp(g, s, 81) == 0); /* solving a solved grid is a no-op */

  /* a harder puzzle (few givens) */
  const char *hard = "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..";
  parse(hard, p);
  memcpy(g, p, 81);
  CHECK(sudoku_solve(g));
  CHECK(complete_and_valid(g) && respects_givens(p, g));
  CHECK(sudoku_count_solutions(p, 2) == 1);

  /* removing givens from the known solution keeps it solvable; count is limited */
  memcpy(p, s, 81);
  for (int i = 0; i < 81; i += 2) p[i] = 0;
  memcpy(g, p, 81);
  CHECK(sudoku_solve(g) && complete_and_valid(g) && respects_givens(p, g));
  unsigned char empty[81];
  memset(empty, 0, sizeof empty);
  CHECK(sudoku_count_solutions(empty, 10) == 10);
  CHECK(sudoku_count_solutions(empty, 1) == 1);
  CHECK(sudoku_count_solutions(empty, 0) == 0);
  memcpy(g, empty, 81);
  CHECK(sudoku_solve(g) && complete_and_valid(g));
  /* a "deadly pattern": rows 3 and 4 of the solution hold the same two digits in columns 5 and 8
     crosswise (in two different boxes), so emptying those four cells leaves exactly two solutions */
  memcpy(p, s, 81);
  CHECK(s[3 * 9 + 5] == s[4 * 9 + 8] && s[3 * 9 + 8] == s[4 * 9 + 5]);
  p[3 * 9 + 5] = p[3 * 9 + 8] = p[4 * 9 + 5] = p[4 * 9 + 8] = 0;
  CHECK(sudoku_count_solutions(p, 5) == 2);
  CHECK(sudoku_count_solutions(p, 1) == 1);
  memcpy(g, p, 81);
  CHECK(sudoku_solve(g) && complete_and_valid(g) && respects_givens(p, g));

  /* inconsistent givens */
  memcpy(p, s, 81);
  p[1] = p[0]; /* duplicate in row 0 */
  CHECK(!sudoku_is_consistent(p));
  memcpy(g, p, 81);
  CHECK(!sudoku_solve(g) && memcmp(g, p, 81) == 0);
  CHECK(sudoku_count_solutions(p, 3) == 0);
  unsigned char col_dup[81];
  memset(col_dup, 0, 81);
  col_dup[4] = 7;
  col_dup[76] = 7; /* same column 4, rows 0 and 8 */
  CHECK(!sudoku_is_consistent(col_dup));
  unsigned char box_dup[81];
  memset(box_dup, 0, 81);
  box_dup[0] = 3;
  box_dup[20] = 3; /* row 2 col 2: same box */
  CHECK(!sudoku_is_consistent(box_dup));
  unsigned char bad_digit[81];
  memset(bad_digit, 0, 81);
  bad_digit[40] = 10;
  CHECK(!sudoku_is_consistent(bad_digit));
  /* consistent but unsolvable: cell 0 has every digit excluded */
  unsigned char stuck[81];
  memset(stuck, 0, 81);
  for (int d = 1; d <= 8; d++) stuck[d] = (unsigned char)d; /* row 0: _ 1 2 3 4 5 6 7 8 */
  stuck[9 * 4] = 9;                                         /* column 0 has a 9 */
  CHECK(sudoku_is_consistent(stuck));
  memcpy(g, stuck, 81);
  CHECK(!sudoku_solve(g) && memcmp(g, stuck, 81) == 0);
  CHECK(sudoku_count_solutions(stuck, 1) == 0);
  return 0;
}
