#pragma once
#include <cstddef>
#include <initializer_list>
#include <vector>

// Dense row-major matrix of doubles with value semantics.
class Matrix {
public:
  Matrix(std::size_t rows = 0, std::size_t cols = 0, double fill = 0.0);
  Matrix(std::initializer_list<std::initializer_list<double>> rows);
  static Matrix identity(std::size_t n);
  std::size_t rows() const { return r_; }
  std::size_t cols() const { return c_; }
  double& operator()(std::size_t i, std::size_t j) { return d_[i * c_ + j]; }
  double operator()(std::size_t i, std::size_t j) const { return d_[i * c_ + j]; }
  Matrix operator+(const Matrix& o) const;  // same shape
  Matrix operator-(const Matrix& o) const;
  Matrix operator*(const Matrix& o) const;  // cols() == o.rows()
  Matrix operator*(double s) const;
  bool approxEqual(const Matrix& o, double tol) const;
  Matrix transpose() const;
  double determinant() const;              // square; Gaussian elimination, partial pivoting
  bool inverse(Matrix& out) const;         // false if singular (|pivot| < 1e-12)
  std::size_t rank(double tol = 1e-9) const;
  // Solves this * x = b for square non-singular systems; false if singular.
  bool solve(const std::vector<double>& b, std::vector<double>& x) const;
  Matrix power(unsigned e) const;

private:
  std::size_t r_, c_;
  std::vector<double> d_;
};
