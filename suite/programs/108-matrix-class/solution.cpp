#include "solution.hpp"
#include <cmath>
#include <utility>

Matrix::Matrix(std::size_t rows, std::size_t cols, double fill) : r_(rows), c_(cols), d_(rows * cols, fill) {}

Matrix::Matrix(std::initializer_list<std::initializer_list<double>> rows)
    : r_(rows.size()), c_(rows.size() ? rows.begin()->size() : 0) {
  d_.reserve(r_ * c_);
  for (const auto& row : rows) {
    std::size_t k = 0;
    for (double v : row) { if (k < c_) d_.push_back(v); ++k; }
    for (; k < c_; ++k) d_.push_back(0.0);
  }
}

Matrix Matrix::identity(std::size_t n) {
  Matrix m(n, n);
  for (std::size_t i = 0; i < n; ++i) m(i, i) = 1.0;
  return m;
}

Matrix Matrix::operator+(const Matrix& o) const {
  Matrix m(*this);
  for (std::size_t i = 0; i < d_.size(); ++i) m.d_[i] += o.d_[i];
  return m;
}

Matrix Matrix::operator-(const Matrix& o) const { return *this + o * -1.0; }

Matrix Matrix::operator*(const Matrix& o) const {
  Matrix m(r_, o.c_);
  for (std::size_t i = 0; i < r_; ++i)
    for (std::size_t k = 0; k < c_; ++k) {
      double a = (*this)(i, k);
      for (std::size_t j = 0; j < o.c_; ++j) m(i, j) += a * o(k, j);
    }
  return m;
}

Matrix Matrix::operator*(double s) const {
  Matrix m(*this);
  for (double& v : m.d_) v *= s;
  return m;
}

bool Matrix::approxEqual(const Matrix& o, double tol) const {
  if (r_ != o.r_ || c_ != o.c_) return false;
  for (std::size_t i = 0; i < d_.size(); ++i)
    if (std::fabs(d_[i] - o.d_[i]) > tol) return false;
  return true;
}

Matrix Matrix::transpose() const {
  Matrix m(c_, r_);
  for (std::size_t i = 0; i < r_; ++i)
    for (std::size_t j = 0; j < c_; ++j) m(j, i) = (*this)(i, j);
  return m;
}

namespace {
// Row-reduces `a` (augmented with `aug`, may have 0 columns) to row echelon form.
// Returns the number of pivots; `sign` flips on every row swap; `detProd` is the
// product of pivots (meaningful only when square and full rank).
std::size_t eliminate(Matrix& a, Matrix& aug, double tol, int& sign, double& detProd, bool full) {
  std::size_t row = 0;
  sign = 1;
  detProd = 1.0;
  for (std::size_t col = 0; col < a.cols() && row < a.rows(); ++col) {
    std::size_t piv = row;
    for (std::size_t i = row + 1; i < a.rows(); ++i)
      if (std::fabs(a(i, col)) > std::fabs(a(piv, col))) piv = i;
    if (std::fabs(a(piv, col)) < tol) { detProd = 0.0; continue; }
    if (piv != row) {
      for (std::size_t j = 0; j < a.cols(); ++j) std::swap(a(piv, j), a(row, j));
      for (std::size_t j = 0; j < aug.cols(); ++j) std::swap(aug(piv, j), aug(row, j));
      sign = -sign;
    }
    double p = a(row, col);
    detProd *= p;
    for (std::size_t i = full ? 0 : row + 1; i < a.rows(); ++i) {
      if (i == row) continue;
      double f = a(i, col) / p;
      if (f == 0.0) continue;
      for (std::size_t j = col; j < a.cols(); ++j) a(i, j) -= f * a(row, j);
      for (std::size_t j = 0; j < aug.cols(); ++j) aug(i, j) -= f * aug(row, j);
    }
    if (full) {
      for (std::size_t j = col; j < a.cols(); ++j) a(row, j) /= p;
      for (std::size_t j = 0; j < aug.cols(); ++j) aug(row, j) /= p;
    }
    ++row;
  }
  return row;
}
}  // namespace

double Matrix::determinant() const {
  Matrix a(*this), none(r_, 0);
  int sign;
  double prod;
  std::size_t rk = eliminate(a, none, 1e-300, sign, prod, false);
  if (rk < r_) return 0.0;
  return sign * prod;
}

bool Matrix::inverse(Matrix& out) const {
  Matrix a(*this), aug = identity(r_);
  int sign;
  double prod;
  if (eliminate(a, aug, 1e-12, sign, prod, true) < r_) return false;
  out = aug;
  return true;
}

std::size_t Matrix::rank(double tol) const {
  Matrix a(*this), none(r_, 0);
  int sign;
  double prod;
  return eliminate(a, none, tol, sign, prod, false);
}

bool Matrix::solve(const std::vector<double>& b, std::vector<double>& x) const {
  Matrix a(*this), aug(r_, 1);
  for (std::size_t i = 0; i < r_; ++i) aug(i, 0) = b[i];
  int sign;
  double prod;
  if (eliminate(a, aug, 1e-12, sign, prod, true) < r_) return false;
  x.assign(r_, 0.0);
  for (std::size_t i = 0; i < r_; ++i) x[i] = aug(i, 0);
  return true;
}

Matrix Matrix::power(unsigned e) const {
  Matrix result = identity(r_), base(*this);
  while (e > 0) {
    if (e & 1u) result = result * base;
    base = base * base;
    e >>= 1;
  }
  return result;
}
