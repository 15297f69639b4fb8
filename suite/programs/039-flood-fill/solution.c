#include "solution.h"
#include <stdlib.h>
#include <string.h>

static size_t fill_rec(char *g, int h, int w, int r, int c, char from, char to) {
  if (r < 0 || r >= h || c < 0 || c >= w) return 0;
  char *cell = &g[(size_t)r * (size_t)w + (size_t)c];
  if (*cell != from) return 0;
  *cell = to;
  return 1 + fill_rec(g, h, w, r + 1, c, from, to) + fill_rec(g, h, w, r - 1, c, from, to) +
         fill_rec(g, h, w, r, c + 1, from, to) + fill_rec(g, h, w, r, c - 1, from, to);
}

size_t flood_fill(char *grid, int h, int w, int r, int c, char paint) {
  if (r < 0 || r >= h || c < 0 || c >= w) return 0;
  char old = grid[(size_t)r * (size_t)w + (size_t)c];
  if (old == paint) return 0;
  return fill_rec(grid, h, w, r, c, old, paint);
}

size_t count_regions(const char *grid, int h, int w, char ch, size_t *largest) {
  size_t n = (size_t)h * (size_t)w, regions = 0, best = 0;
  if (n == 0) {
    if (largest) *largest = 0;
    return 0;
  }
  /* work on a marker copy: 1 = unvisited target cell, 0 = anything else */
  char *mark = malloc(n);
  if (mark == NULL) return (size_t)-1;
  for (size_t i = 0; i < n; i++) mark[i] = grid[i] == ch ? 1 : 0;
  for (int r = 0; r < h; r++)
    for (int c = 0; c < w; c++) {
      if (mark[(size_t)r * (size_t)w + (size_t)c] != 1) continue;
      size_t size = fill_rec(mark, h, w, r, c, 1, 2);
      regions++;
      if (size > best) best = size;
    }
  free(mark);
  if (largest) *largest = best;
  return regions;
}

size_t enclosed_cells(const char *grid, int h, int w, char open) {
  size_t n = (size_t)h * (size_t)w;
  if (n == 0) return 0;
  char *mark = malloc(n);
  if (mark == NULL) return 0;
  size_t total = 0;
  for (size_t i = 0; i < n; i++) {
    mark[i] = grid[i] == open ? 1 : 0;
    total += (size_t)mark[i];
  }
  size_t reachable = 0;
  for (int r = 0; r < h; r++)
    for (int c = 0; c < w; c++)
      if (r == 0 || c == 0 || r == h - 1 || c == w - 1) reachable += fill_rec(mark, h, w, r, c, 1, 2);
  free(mark);
  return total - reachable;
}
