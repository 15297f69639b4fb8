#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
  unsigned char disk; /* 1 = smallest */
  unsigned char from;
  unsigned char to;
} hanoi_move;

/* Recursively generates the optimal move sequence for n disks from peg `from` to peg `to`
 * (pegs 0..2, distinct). Writes at most cap moves; returns the total number (2^n - 1). */
size_t hanoi_solve(unsigned n, unsigned from, unsigned to, hanoi_move *out, size_t cap);
/* Minimal move count 2^n - 1 (n <= 63). */
uint64_t hanoi_count(unsigned n);
/* The k-th move (0-based) of the 3-peg solution from peg 0 to peg 2, computed directly without
 * generating the sequence (k < 2^n - 1, n <= 63). */
hanoi_move hanoi_kth_move(unsigned n, uint64_t k);
/* Frame-Stewart minimal move count for 4 pegs, by memoised recursion (n <= 100);
 * returns UINT64_MAX if the value does not fit. */
uint64_t hanoi4_count(unsigned n);

#endif
