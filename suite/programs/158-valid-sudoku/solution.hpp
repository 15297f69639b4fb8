#pragma once
#include <string>
#include <vector>

// A board is 9 strings of 9 characters: '1'..'9' or '.' for an empty cell.
// Checks shape, characters, and that no row/column/3x3 box repeats a digit.
bool is_valid_sudoku(const std::vector<std::string>& board);
// True if the board is valid and completely filled.
bool is_solved_sudoku(const std::vector<std::string>& board);
// Fills the board by backtracking (most-constrained cell first); returns false (board
// unchanged) if it is invalid or has no solution.
bool solve_sudoku(std::vector<std::string>& board);
// Number of solutions, stopping once `limit` have been found.
int count_solutions(std::vector<std::string> board, int limit);
// Digits that may legally be placed at (row, col) of an empty cell, ascending.
std::vector<int> candidates(const std::vector<std::string>& board, int row, int col);
