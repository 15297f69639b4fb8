#pragma once
#include <string>
#include <vector>

// Grid rows of equal length. '#' is a wall, 'S' the start, 'E' the end, anything else open.
// Moves are 4-directional with unit cost.

// Fewest moves from S to E, or -1 if unreachable / S or E missing.
int grid_shortest_path(const std::vector<std::string>& grid);
// Distance from S to every cell (-1 for walls and unreachable cells), row-major.
std::vector<std::vector<int>> grid_distances(const std::vector<std::string>& grid);
// One shortest route as a string of moves "UDLR" ("" if S == E or unreachable).
std::string grid_route(const std::vector<std::string>& grid);
// Fewest moves when up to k walls may be broken through (BFS over (cell, walls used)).
int grid_shortest_with_breaks(const std::vector<std::string>& grid, int k);
// Number of 4-connected open regions (every non-'#' cell counts as open).
int count_open_regions(const std::vector<std::string>& grid);
