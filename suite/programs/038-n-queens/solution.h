#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stdint.h>

/* Number of ways to place n non-attacking queens on an n x n board (n <= 16), by recursive
 * backtracking over bitmasks of attacked columns and diagonals. */
uint64_t nqueens_count(unsigned n);
/* Same count using plain arrays (column / diagonal occupancy flags), n <= 12. */
uint64_t nqueens_count_arrays(unsigned n);
/* Lexicographically first solution: cols[r] is the queen's column in row r. False if none. */
bool nqueens_first(unsigned n, unsigned char *cols);
/* Number of solutions that extend a partial placement given for the first k rows (rows 0..k-1);
 * 0 if the partial placement itself conflicts. */
uint64_t nqueens_complete(unsigned n, const unsigned char *prefix, unsigned k);

#endif
