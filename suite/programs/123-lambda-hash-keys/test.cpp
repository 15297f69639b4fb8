#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  CHECK((maxPointsOnLine({}) == 0));
  CHECK((maxPointsOnLine({{5, 5}}) == 1));
  CHECK((maxPointsOnLine({{1, 1}, {2, 2}, {3, 3}}) == 3));
  CHECK((maxPointsOnLine({{1, 1}, {3, 2}, {5, 3}, {4, 1}, {2, 3}, {1, 4}}) == 4));
  CHECK((maxPointsOnLine({{0, 0}, {0, 0}, {1, 1}, {5, 0}}) == 3));
  CHECK((maxPointsOnLine({{0, 0}, {0, 1}, {0, -7}, {1, 0}}) == 3));
  CHECK((maxPointsOnLine({{2, 2}, {2, 2}, {2, 2}}) == 3));
  // points on a parabola: no three collinear
  std::vector<Pt> para;
  for (int x = -10; x <= 10; ++x) para.push_back({x, x * x});
  CHECK(maxPointsOnLine(para) == 2);
  std::vector<Pt> grid;
  for (int x = 0; x < 6; ++x)
    for (int y = 0; y < 6; ++y) grid.push_back({x, y});
  CHECK(maxPointsOnLine(grid) == 6);

  CHECK((countRectangles({}) == 0));
  CHECK((countRectangles({{0, 0}, {0, 1}, {1, 0}, {1, 1}}) == 1));
  CHECK((countRectangles({{0, 0}, {0, 1}, {1, 0}, {1, 1}, {1, 1}}) == 1));
  CHECK((countRectangles({{0, 0}, {0, 2}, {2, 0}, {2, 2}, {1, 0}, {1, 2}}) == 3));
  CHECK(countRectangles(grid) == 225);  // C(6,2)^2
  CHECK((countRectangles({{-1000000, -1000000}, {-1000000, 1000000}, {1000000, -1000000}, {1000000, 1000000}}) == 1));

  std::vector<std::vector<std::string>> g = groupAnagrams({"eat", "tea", "tan", "ate", "nat", "bat"});
  CHECK(g.size() == 3);
  CHECK((g[0] == std::vector<std::string>{"eat", "tea", "ate"}));
  CHECK((g[1] == std::vector<std::string>{"tan", "nat"}));
  CHECK((g[2] == std::vector<std::string>{"bat"}));
  CHECK((groupAnagrams({}).empty()));
  CHECK((groupAnagrams({"", ""}).size() == 1));

  CHECK((countDistinctCaseInsensitive({"Apple", "apple", "APPLE", "pear", "Pear", "fig"}) == 3));
  CHECK((countDistinctCaseInsensitive({}) == 0));
  CHECK((countDistinctCaseInsensitive({"a", "b", "A1", "a1", ""}) == 4));

  CHECK((longestConsecutive({100, 4, 200, 1, 3, 2}) == 4));
  CHECK((longestConsecutive({}) == 0));
  CHECK((longestConsecutive({7, 7, 7}) == 1));
  CHECK((longestConsecutive({0, 3, 7, 2, 5, 8, 4, 6, 0, 1}) == 9));
  CHECK((longestConsecutive({2147483647, 2147483646, -2147483647 - 1}) == 2));

  CHECK((countPairsWithSum({1, 5, 7, -1, 5}, 6) == 3));
  CHECK((countPairsWithSum({1, 1, 1, 1}, 2) == 6));
  CHECK((countPairsWithSum({}, 0) == 0));
  CHECK((countPairsWithSum({2147483647, 2147483647}, -2) == 0));
  std::vector<int> big;
  for (int i = 0; i < 1000; ++i) big.push_back(i % 10);
  CHECK(countPairsWithSum(big, 9) == 10LL * 100 * 100 / 2);
  return 0;
}
