#pragma once
#include <cstddef>
#include <cstdint>

// Fixed-size row-major matrix; the size is part of the type.
template <typename T, std::size_t R, std::size_t C>
struct Mat {
  T a[R][C];
};

// Generic operations, defined in solution.cpp and explicitly instantiated for
// (long long: 2x3 * 3x2, 3x3), (unsigned long long: 2x2, 4x4) and (double: 2x2).
template <typename T, std::size_t R, std::size_t K, std::size_t C>
Mat<T, R, C> mul(const Mat<T, R, K>& x, const Mat<T, K, C>& y);
template <typename T, std::size_t R, std::size_t C>
Mat<T, C, R> transpose(const Mat<T, R, C>& m);
template <typename T, std::size_t N>
Mat<T, N, N> identity();
template <typename T, std::size_t N>
Mat<T, N, N> power(Mat<T, N, N> base, std::uint64_t e);
template <typename T, std::size_t N>
T trace(const Mat<T, N, N>& m);
template <typename T, std::size_t R, std::size_t C>
bool equal(const Mat<T, R, C>& x, const Mat<T, R, C>& y);

// Fibonacci(n) modulo 2^64 via 2x2 matrix power.
std::uint64_t fibWrap(std::uint64_t n);
// Number of walks of length `len` from node `from` to node `to` in the 4-node graph
// given by adjacency bits (bit 4*i+j set means edge i->j), modulo 2^64.
std::uint64_t countWalks(std::uint16_t adjacency, unsigned from, unsigned to, std::uint64_t len);
// Rotating the point (x, y) by `angle` radians `times` times using a rotation-matrix power.
void rotateRepeated(double angle, std::uint64_t times, double& x, double& y);
