#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Grids are row-major char arrays of h rows and w columns (w, h <= 64 so recursion depth stays
 * bounded by w*h). Neighbourhood is 4-connected. */

/* Recursively repaints the 4-connected region containing (r, c) that has the same character as
 * grid[r][c] with `paint`; returns the number of cells repainted (0 if paint equals the old value
 * or (r, c) is outside the grid). */
size_t flood_fill(char *grid, int h, int w, int r, int c, char paint);
/* Counts the connected regions of cells equal to `ch` (grid is not modified). Optionally reports
 * the size of the largest region. Returns (size_t)-1 on allocation failure. */
size_t count_regions(const char *grid, int h, int w, char ch, size_t *largest);
/* Number of `open` cells not connected to the grid border (enclosed lakes), grid not modified. */
size_t enclosed_cells(const char *grid, int h, int w, char open);

#endif
