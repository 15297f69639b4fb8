#include "solution.hpp"

#include <algorithm>

double median(std::vector<int> v) {
  std::size_t n = v.size();
  std::size_t mid = n / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
  long long upper = v[mid];
  if (n % 2 == 1) return static_cast<double>(upper);
  long long lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
  return static_cast<double>(lower + upper) / 2.0;
}

double median_of_doubles(std::vector<double> v) {
  std::size_t n = v.size();
  std::size_t mid = n / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
  double upper = v[mid];
  if (n % 2 == 1) return upper;
  double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
  return lower / 2.0 + upper / 2.0;
}

int kth_smallest(std::vector<int> v, std::size_t k) {
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

int quickselect(std::vector<int> v, std::size_t k) {
  std::size_t lo = 0, hi = v.size() - 1;
  while (lo < hi) {
    int pivot = v[lo + (hi - lo) / 2];
    std::size_t i = lo, j = hi;
    while (i <= j) {
      while (v[i] < pivot) ++i;
      while (v[j] > pivot) --j;
      if (i <= j) {
        std::swap(v[i], v[j]);
        ++i;
        if (j == 0) break;
        --j;
      }
    }
    // Now [lo, j] <= pivot, [i, hi] >= pivot, and anything between equals pivot.
    if (k <= j) {
      hi = j;
    } else if (k >= i) {
      lo = i;
    } else {
      return v[k];
    }
  }
  return v[k];
}

int percentile_nearest_rank(std::vector<int> v, int p) {
  std::size_t n = v.size();
  std::size_t rank = (static_cast<std::size_t>(p) * n + 99) / 100;  // ceil(p/100 * n)
  if (rank == 0) rank = 1;
  return kth_smallest(v, rank - 1);
}

long long min_total_distance(std::vector<int> positions) {
  if (positions.empty()) return 0;
  std::size_t mid = positions.size() / 2;
  std::nth_element(positions.begin(), positions.begin() + static_cast<std::ptrdiff_t>(mid), positions.end());
  long long m = positions[mid];
  long long total = 0;
  for (int x : positions) total += x > m ? x - m : m - x;
  return total;
}
