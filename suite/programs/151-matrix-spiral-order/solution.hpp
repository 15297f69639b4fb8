#pragma once
#include <vector>

typedef std::vector<std::vector<int>> Matrix;

// Elements of a rectangular matrix in clockwise spiral order starting at the top-left.
std::vector<int> spiral_order(const Matrix& m);
// n x n matrix filled with 1..n*n in clockwise spiral order (empty for n <= 0).
Matrix generate_spiral(int n);
// Rotate a square matrix 90 degrees clockwise in place (layer by layer).
void rotate_clockwise(Matrix& m);
// Elements in diagonal zigzag order (as in JPEG): up-right along even anti-diagonals,
// down-left along odd ones.
std::vector<int> zigzag_diagonals(const Matrix& m);
Matrix transpose(const Matrix& m);
