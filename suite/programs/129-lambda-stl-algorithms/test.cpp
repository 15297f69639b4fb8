#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  std::vector<std::string> files{"file10.txt", "file2.txt", "File1.txt", "file02.txt", "file1.txt", "a", "file", "b10", "B9"};
  naturalSort(files);
  CHECK((files == std::vector<std::string>{"a", "B9", "b10", "file", "File1.txt", "file1.txt", "file02.txt",
                                           "file2.txt", "file10.txt"}));
  std::vector<std::string> versions{"v1.10.0", "v1.2.10", "v1.2.9", "v1.9", "v10.0", "v2"};
  naturalSort(versions);
  CHECK((versions == std::vector<std::string>{"v1.2.9", "v1.2.10", "v1.9", "v1.10.0", "v2", "v10.0"}));
  std::vector<std::string> big{"x99999999999999999999", "x100000000000000000000", "x0"};
  naturalSort(big);
  CHECK((big == std::vector<std::string>{"x0", "x99999999999999999999", "x100000000000000000000"}));

  std::vector<int> v{3, -1, 0, 5, -7, 0, 2, -2};
  signPartition(v);
  CHECK((v == std::vector<int>{-1, -7, -2, 0, 0, 3, 5, 2}));
  std::vector<int> e;
  signPartition(e);
  CHECK(e.empty());

  CHECK((medianOf({5}) == 5));
  CHECK((medianOf({3, 1, 2}) == 2));
  CHECK((medianOf({4, 1, 3, 2}) == 2));
  CHECK((medianOf({7, 7, 7, 1}) == 7));
  std::vector<int> r;
  for (int i = 0; i < 501; ++i) r.push_back((i * 7919) % 501);
  CHECK(medianOf(r) == 250);

  std::vector<int> w{1, 5, 10, 15, 20, 25, 30};
  CHECK((removeNear(w, {10, 26}, 2) == 2));
  CHECK((w == std::vector<int>{1, 5, 15, 20, 30}));
  CHECK((removeNear(w, {}, 100) == 0));
  CHECK((removeNear(w, {0}, 2147483647) == 5));
  CHECK(w.empty());
  std::vector<int> ext{-2147483647 - 1, 2147483647};
  CHECK((removeNear(ext, {2147483647}, 0) == 1));
  CHECK(ext.size() == 1 && ext[0] == -2147483647 - 1);

  CHECK(countPalindromes("Anna saw a Racecar at noon level") == 5);
  CHECK(countPalindromes("") == 0);
  CHECK(countPalindromes("   ") == 0);
  CHECK(countPalindromes("ab ba abc") == 0);
  CHECK(countPalindromes("x yy zAz Abba") == 4);

  CHECK((groupRuns("aaabcc") == std::vector<std::string>{"aaa", "b", "cc"}));
  CHECK(groupRuns("").empty());
  CHECK((groupRuns("z") == std::vector<std::string>{"z"}));
  CHECK(groupRuns("abababab").size() == 8);

  CHECK((longestIncreasingRunStart({5, 1, 2, 3, 0, 4, 5}) == 1));
  CHECK((longestIncreasingRunStart({}) == 0));
  CHECK((longestIncreasingRunStart({3, 3, 3}) == 0));
  CHECK((longestIncreasingRunStart({9, 8, 1, 2, 3, 4}) == 2));
  CHECK((longestIncreasingRunStart({1, 2, 2, 3, 4}) == 2));

  CHECK((sumSquaresNotDivisible({1, 2, 3, 4, 5, 6}, 3) == 1 + 4 + 16 + 25));
  CHECK((sumSquaresNotDivisible({1, 2, 3}, 0) == 14));
  CHECK((sumSquaresNotDivisible({46341, 46341}, 7) == 2LL * 46341 * 46341));
  CHECK((sumSquaresNotDivisible({}, 5) == 0));
  return 0;
}
