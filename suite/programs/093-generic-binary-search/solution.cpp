#include "solution.hpp"

template <typename T, typename Less>
std::size_t lowerBoundBy(const std::vector<T>& v, const T& key, Less less) {
  std::size_t lo = 0, hi = v.size();
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (less(v[mid], key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

template <typename T, typename Less>
std::size_t upperBoundBy(const std::vector<T>& v, const T& key, Less less) {
  std::size_t lo = 0, hi = v.size();
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (!less(key, v[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

template std::size_t lowerBoundBy<int, IntLess>(const std::vector<int>&, const int&, IntLess);
template std::size_t upperBoundBy<int, IntLess>(const std::vector<int>&, const int&, IntLess);
template std::size_t lowerBoundBy<int, IntGreater>(const std::vector<int>&, const int&, IntGreater);
template std::size_t upperBoundBy<int, IntGreater>(const std::vector<int>&, const int&, IntGreater);
template std::size_t lowerBoundBy<double, DoubleLess>(const std::vector<double>&, const double&, DoubleLess);
template std::size_t lowerBoundBy<std::string, StrLenLess>(const std::vector<std::string>&, const std::string&, StrLenLess);
template std::size_t upperBoundBy<std::string, StrLenLess>(const std::vector<std::string>&, const std::string&, StrLenLess);

std::size_t countEqual(const std::vector<int>& sorted, int key) {
  return upperBoundBy(sorted, key, IntLess()) - lowerBoundBy(sorted, key, IntLess());
}

long long firstTrue(long long lo, long long hi, long long n) {
  // predicate x*x >= n is monotone; returns hi+1 if never true
  long long end = hi + 1;
  while (lo < end) {
    long long mid = lo + (end - lo) / 2;
    if (mid * mid >= n) end = mid;
    else lo = mid + 1;
  }
  return lo;
}

long long isqrt(long long n) {
  if (n < 2) return n;
  long long lo = 1, hi = 3037000499LL;  // floor(sqrt(2^63 - 1))
  if (hi > n) hi = n;
  while (lo < hi) {
    long long mid = lo + (hi - lo + 1) / 2;
    if (mid <= n / mid) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

double cbrtBisect(double x) {
  double lo = 0.0, hi = x > 1.0 ? x : 1.0;
  for (int i = 0; i < 100; ++i) {
    double mid = 0.5 * (lo + hi);
    if (mid * mid * mid < x) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
