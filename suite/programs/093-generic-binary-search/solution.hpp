#pragma once
#include <cstddef>
#include <string>
#include <vector>

// Generic binary searches over a sorted vector with a strict-weak-order comparator.
// Defined in solution.cpp, explicitly instantiated for the types below.
template <typename T, typename Less>
std::size_t lowerBoundBy(const std::vector<T>& v, const T& key, Less less);
template <typename T, typename Less>
std::size_t upperBoundBy(const std::vector<T>& v, const T& key, Less less);

struct IntLess { bool operator()(int a, int b) const { return a < b; } };
struct IntGreater { bool operator()(int a, int b) const { return a > b; } };
struct DoubleLess { bool operator()(double a, double b) const { return a < b; } };
struct StrLenLess {
  bool operator()(const std::string& a, const std::string& b) const { return a.size() < b.size(); }
};

// Number of occurrences of key in a sorted vector (upper - lower).
std::size_t countEqual(const std::vector<int>& sorted, int key);
// Smallest x in [lo, hi] with x*x >= n (integer square root ceiling) via a predicate search.
long long firstTrue(long long lo, long long hi, long long n);
// Integer floor square root of n >= 0 using binary search on the answer.
long long isqrt(long long n);
// Real cube root on [0, max(1,x)] by bisection, 100 iterations.
double cbrtBisect(double x);
