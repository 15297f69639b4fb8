#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>

/* A grid is 81 cells in row-major order, 0 = empty, 1..9 = digit. */

/* True if no row, column or 3x3 box contains a repeated digit (and all cells are 0..9). */
bool sudoku_is_consistent(const unsigned char grid[81]);
/* Solves in place by recursive backtracking (choosing the most constrained empty cell first).
 * Returns false (grid unchanged) if there is no solution or the givens are inconsistent. */
bool sudoku_solve(unsigned char grid[81]);
/* Counts solutions, stopping once `limit` have been found (limit >= 1). */
unsigned sudoku_count_solutions(const unsigned char grid[81], unsigned limit);

#endif
