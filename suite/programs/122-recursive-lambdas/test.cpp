#include "check.h"
#include "solution.hpp"
#include <string>
#include <utility>
#include <vector>

static bool validHanoi(int disks, const std::vector<std::pair<int, int>>& moves, int to) {
  std::vector<int> pegs[3];
  for (int d = disks; d >= 1; --d) pegs[0].push_back(d);
  for (const auto& m : moves) {
    std::vector<int>& a = pegs[m.first];
    std::vector<int>& b = pegs[m.second];
    if (a.empty()) return false;
    if (!b.empty() && b.back() < a.back()) return false;
    b.push_back(a.back());
    a.pop_back();
  }
  return static_cast<int>(pegs[to].size()) == disks;
}

int main() {
  const int queens[] = {0, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724};
  for (int n = 0; n <= 10; ++n) CHECK(nQueens(n) == queens[n]);

  CHECK((permutations("abc") == std::vector<std::string>{"abc", "acb", "bac", "bca", "cab", "cba"}));
  CHECK((permutations("aab") == std::vector<std::string>{"aab", "aba", "baa"}));
  CHECK((permutations("") == std::vector<std::string>{""}));
  CHECK(permutations("abcdef").size() == 720);
  CHECK(permutations("aabbcc").size() == 90);
  std::vector<std::string> p = permutations("dcba");
  for (std::size_t i = 1; i < p.size(); ++i) CHECK(p[i - 1] < p[i]);

  CHECK((balancedParens(2) == std::vector<std::string>{"(())", "()()"}));
  CHECK((balancedParens(0) == std::vector<std::string>{""}));
  const std::size_t catalan[] = {1, 1, 2, 5, 14, 42, 132, 429, 1430, 4862};
  for (int n = 0; n < 10; ++n) CHECK(balancedParens(n).size() == catalan[n]);
  CHECK(balancedParens(3)[0] == "((()))");
  CHECK(balancedParens(3)[4] == "()()()");

  std::vector<std::string> map{
      "##..#",
      "#...#",
      "..#..",
      "....#",
      "###.#",
  };
  CHECK(countIslands(map) == 5);
  CHECK(largestIsland(map) == 3);
  CHECK(map[0] == "##..#");  // taken by value: caller's grid untouched
  CHECK((countIslands({}) == 0));
  CHECK((largestIsland({"...", "..."}) == 0));
  std::vector<std::string> checker;
  for (int r = 0; r < 20; ++r) {
    std::string row;
    for (int c = 0; c < 20; ++c) row += (r + c) % 2 == 0 ? '#' : '.';
    checker.push_back(row);
  }
  CHECK(countIslands(checker) == 200);
  std::vector<std::string> solid(30, std::string(30, '#'));
  CHECK(countIslands(solid) == 1);
  CHECK(largestIsland(solid) == 900);

  std::vector<std::pair<int, int>> h3 = hanoi(3, 0, 2);
  CHECK(h3.size() == 7);
  CHECK(h3[0] == std::make_pair(0, 2));
  CHECK(validHanoi(3, h3, 2));
  for (int d = 0; d <= 10; ++d) {
    std::vector<std::pair<int, int>> m = hanoi(d, 0, 1);
    CHECK(m.size() == (1u << d) - 1u);
    CHECK(validHanoi(d, m, 1));
  }
  CHECK(hanoi(4, 2, 2).empty());

  std::vector<int> first;
  CHECK((subsetSum({3, 34, 4, 12, 5, 2}, 9, first) == 2));  // {4,5} and {3,4,2}
  CHECK((first == std::vector<int>{0, 2, 5}));
  CHECK((subsetSum({1, 2, 3}, 7, first) == 0));
  CHECK(first.empty());
  CHECK((subsetSum({}, 0, first) == 1));
  CHECK((subsetSum({1, 1, 1, 1}, 2, first) == 6));
  CHECK((first == std::vector<int>{0, 1}));
  std::vector<int> ones(16, 1);
  CHECK(subsetSum(ones, 8, first) == 12870);  // C(16, 8)
  return 0;
}
