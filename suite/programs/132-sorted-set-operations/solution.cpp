#include "solution.hpp"

#include <algorithm>
#include <iterator>

static void normalise(std::vector<int>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

std::vector<int> set_union_of(std::vector<int> a, std::vector<int> b) {
  normalise(a);
  normalise(b);
  std::vector<int> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::vector<int> set_intersection_of(std::vector<int> a, std::vector<int> b) {
  normalise(a);
  normalise(b);
  std::vector<int> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::vector<int> set_difference_of(std::vector<int> a, std::vector<int> b) {
  normalise(a);
  normalise(b);
  std::vector<int> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::vector<int> set_symmetric_difference_of(std::vector<int> a, std::vector<int> b) {
  normalise(a);
  normalise(b);
  std::vector<int> out;
  std::set_symmetric_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

bool is_subset_of(std::vector<int> a, std::vector<int> b) {
  normalise(a);
  normalise(b);
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

static int gcd_int(int x, int y) {
  while (y != 0) {
    int t = x % y;
    x = y;
    y = t;
  }
  return x;
}

void jaccard(std::vector<int> a, std::vector<int> b, int& num, int& den) {
  int inter = static_cast<int>(set_intersection_of(a, b).size());
  int uni = static_cast<int>(set_union_of(a, b).size());
  if (uni == 0) {
    num = 1;
    den = 1;
    return;
  }
  int g = gcd_int(inter, uni);
  num = inter / g;
  den = uni / g;
}
