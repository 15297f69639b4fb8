#include "check.h"
#include "solution.hpp"
#include <cstdint>
#include <string>
#include <vector>

int main() {
  std::size_t calls = 0;
  CHECK((gridPaths(3, 3, {}, &calls) == 6));
  CHECK((gridPaths(1, 1, {}, nullptr) == 1));
  CHECK((gridPaths(0, 5, {}, nullptr) == 0));
  CHECK((gridPaths(17, 17, {}, &calls) == 601080390ULL));  // C(32, 16)
  CHECK(calls < 17 * 17);  // every cell at most once
  CHECK((gridPaths(3, 3, {"...", ".#.", "..."}, nullptr) == 2));
  CHECK((gridPaths(3, 3, {"#.."}, nullptr) == 0));
  CHECK((gridPaths(2, 3, {"..#", "..."}, nullptr) == 2));
  CHECK((gridPaths(33, 34, {}, nullptr) == 3609714217008132870ULL));  // C(65, 32)

  CHECK(partitions(0, nullptr) == 1);
  CHECK(partitions(1, nullptr) == 1);
  CHECK(partitions(5, nullptr) == 7);
  CHECK(partitions(10, nullptr) == 42);
  CHECK(partitions(100, &calls) == 190569292ULL);
  CHECK(calls <= 100 * 100);
  CHECK(partitions(150, nullptr) == 40853235313ULL);
  CHECK(partitions(-3, nullptr) == 0);

  CHECK(collatzLength(1, nullptr) == 1);
  CHECK(collatzLength(6, &calls) == 9);
  CHECK(calls == 8);
  CHECK(collatzLength(27, nullptr) == 112);
  CHECK(collatzLength(0, nullptr) == 0);
  CHECK(longestCollatzStart(10) == 9);
  CHECK(longestCollatzStart(1000) == 871);
  CHECK(longestCollatzStart(2) == 1);
  CHECK(longestCollatzStart(1) == 0);

  CHECK(editDistance("kitten", "sitting") == 3);
  CHECK(editDistance("", "abc") == 3);
  CHECK(editDistance("abc", "") == 3);
  CHECK(editDistance("flaw", "lawn") == 2);
  CHECK(editDistance("intention", "execution") == 5);
  CHECK(editDistance("same", "same") == 0);

  CHECK(decodeWays("12") == 2);
  CHECK(decodeWays("226") == 3);
  CHECK(decodeWays("06") == 0);
  CHECK(decodeWays("10") == 1);
  CHECK(decodeWays("") == 1);
  CHECK(decodeWays("1a") == 0);
  // a run of n '1's decodes in Fibonacci(n+1) ways
  std::uint64_t f0 = 1, f1 = 1;  // ways for length 0 and 1
  for (int n = 2; n <= 60; ++n) {
    std::uint64_t f2 = f0 + f1;
    f0 = f1;
    f1 = f2;
  }
  CHECK(decodeWays(std::string(60, '1')) == f1 % 1000000007ULL);

  CHECK((minCoins({1, 2, 5}, 11) == 3));
  CHECK((minCoins({2}, 3) == -1));
  CHECK((minCoins({1}, 0) == 0));
  CHECK((minCoins({3, 7, 405, 436}, 8839) == 25));
  CHECK((minCoins({5, 10}, 1) == -1));
  CHECK((minCoins({1, 3, 4}, 6) == 2));
  return 0;
}
