#include "check.h"
#include "solution.hpp"
#include <vector>

int main() {
  Matrix a{{1, 2}, {3, 4}};
  Matrix b{{0, 1}, {1, 0}};
  CHECK(a.rows() == 2 && a.cols() == 2);
  CHECK((a + b).approxEqual(Matrix{{1, 3}, {4, 4}}, 0));
  CHECK((a - b).approxEqual(Matrix{{1, 1}, {2, 4}}, 0));
  CHECK((a * b).approxEqual(Matrix{{2, 1}, {4, 3}}, 0));
  CHECK((b * a).approxEqual(Matrix{{3, 4}, {1, 2}}, 0));
  CHECK((a * 2.0).approxEqual(Matrix{{2, 4}, {6, 8}}, 0));
  CHECK((a.transpose().approxEqual(Matrix{{1, 3}, {2, 4}}, 0)));
  CHECK((!a.approxEqual(Matrix{{1, 2, 0}, {3, 4, 0}}, 1.0)));
  CHECK_NEAR(a.determinant(), -2.0, 1e-12);
  CHECK_NEAR(b.determinant(), -1.0, 1e-12);
  CHECK_NEAR(Matrix::identity(5).determinant(), 1.0, 1e-12);

  Matrix r{{1, 2, 3}, {4, 5, 6}};
  Matrix rt = r.transpose();
  CHECK(rt.rows() == 3 && rt.cols() == 2);
  Matrix rrt = r * rt;
  CHECK((rrt.approxEqual(Matrix{{14, 32}, {32, 77}}, 0)));
  CHECK(r.rank() == 2);
  CHECK((Matrix{{1, 2}, {2, 4}}.rank() == 1));
  CHECK(Matrix(3, 3).rank() == 0);
  CHECK((Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}.rank() == 2));
  CHECK_NEAR((Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}).determinant(), 0.0, 1e-9);
  CHECK_NEAR((Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}).determinant(), 49.0, 1e-9);
  CHECK_NEAR((Matrix{{0, 0, 1}, {0, 1, 0}, {1, 0, 0}}).determinant(), -1.0, 1e-12);

  Matrix inv;
  CHECK(a.inverse(inv));
  CHECK((inv.approxEqual(Matrix{{-2, 1}, {1.5, -0.5}}, 1e-12)));
  CHECK((a * inv).approxEqual(Matrix::identity(2), 1e-12));
  CHECK((!Matrix({{1, 2}, {2, 4}}).inverse(inv)));

  // Hilbert-like well-conditioned 4x4: A * A^-1 == I
  Matrix h(4, 4);
  for (std::size_t i = 0; i < 4; ++i)
    for (std::size_t j = 0; j < 4; ++j) h(i, j) = (i == j ? 4.0 : 0.0) + 1.0 / static_cast<double>(i + j + 1);
  Matrix hi;
  CHECK(h.inverse(hi));
  CHECK((h * hi).approxEqual(Matrix::identity(4), 1e-12));
  CHECK((hi * h).approxEqual(Matrix::identity(4), 1e-12));
  CHECK_NEAR(h.determinant() * hi.determinant(), 1.0, 1e-12);

  std::vector<double> x;
  Matrix sys{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}};
  CHECK((sys.solve({8, -11, -3}, x)));
  CHECK(x.size() == 3);
  CHECK_NEAR(x[0], 2.0, 1e-12);
  CHECK_NEAR(x[1], 3.0, 1e-12);
  CHECK_NEAR(x[2], -1.0, 1e-12);
  CHECK((!Matrix({{1, 1}, {1, 1}}).solve({1, 2}, x)));

  Matrix fib{{1, 1}, {1, 0}};
  Matrix f30 = fib.power(30);
  CHECK_NEAR(f30(0, 1), 832040.0, 0);
  CHECK(fib.power(0).approxEqual(Matrix::identity(2), 0));
  Matrix rot{{0, -1}, {1, 0}};
  CHECK(rot.power(4).approxEqual(Matrix::identity(2), 0));
  CHECK((rot.power(6).approxEqual(Matrix{{-1, 0}, {0, -1}}, 0)));
  // det(A^k) == det(A)^k
  CHECK_NEAR(a.power(5).determinant(), -32.0, 1e-6);
  return 0;
}
