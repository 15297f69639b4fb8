#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  std::vector<int> v{1, 2, 2, 2, 5, 7, 7, 9};
  CHECK(lowerBoundBy(v, 2, IntLess()) == 1);
  CHECK(upperBoundBy(v, 2, IntLess()) == 4);
  CHECK(lowerBoundBy(v, 0, IntLess()) == 0);
  CHECK(lowerBoundBy(v, 10, IntLess()) == 8);
  CHECK(lowerBoundBy(v, 6, IntLess()) == 5);
  CHECK(upperBoundBy(v, 9, IntLess()) == 8);
  std::vector<int> empty;
  CHECK(lowerBoundBy(empty, 3, IntLess()) == 0);
  CHECK(upperBoundBy(empty, 3, IntLess()) == 0);

  std::vector<int> desc{9, 7, 7, 5, 2, 2, 2, 1};
  CHECK(lowerBoundBy(desc, 7, IntGreater()) == 1);
  CHECK(upperBoundBy(desc, 7, IntGreater()) == 3);
  CHECK(lowerBoundBy(desc, 3, IntGreater()) == 4);
  CHECK(upperBoundBy(desc, 0, IntGreater()) == 8);

  CHECK(countEqual(v, 2) == 3);
  CHECK(countEqual(v, 7) == 2);
  CHECK(countEqual(v, 4) == 0);
  CHECK(countEqual(empty, 4) == 0);

  // exhaustive cross-check against a linear scan
  std::vector<int> big;
  for (int i = 0; i < 300; ++i) big.push_back(i / 3 * 2);
  for (int key = -2; key < 205; ++key) {
    std::size_t lin = 0;
    while (lin < big.size() && big[lin] < key) ++lin;
    std::size_t linU = lin;
    while (linU < big.size() && big[linU] == key) ++linU;
    CHECK(lowerBoundBy(big, key, IntLess()) == lin);
    CHECK(upperBoundBy(big, key, IntLess()) == linU);
  }

  std::vector<double> d{-1.5, 0.0, 0.25, 3.75, 100.0};
  CHECK(lowerBoundBy(d, 0.25, DoubleLess()) == 2);
  CHECK(lowerBoundBy(d, 0.3, DoubleLess()) == 3);
  CHECK(lowerBoundBy(d, -10.0, DoubleLess()) == 0);

  std::vector<std::string> words{"a", "to", "be", "cat", "door", "house", "window"};
  CHECK(lowerBoundBy(words, std::string("xy"), StrLenLess()) == 1);
  CHECK(upperBoundBy(words, std::string("xy"), StrLenLess()) == 3);
  CHECK(lowerBoundBy(words, std::string("longerword"), StrLenLess()) == 7);

  CHECK(firstTrue(0, 100, 50) == 8);
  CHECK(firstTrue(0, 100, 49) == 7);
  CHECK(firstTrue(0, 100, 0) == 0);
  CHECK(firstTrue(0, 10, 1000) == 11);

  CHECK(isqrt(0) == 0);
  CHECK(isqrt(1) == 1);
  CHECK(isqrt(3) == 1);
  CHECK(isqrt(4) == 2);
  CHECK(isqrt(99) == 9);
  CHECK(isqrt(1000000) == 1000);
  CHECK(isqrt(999999999999LL) == 999999);
  CHECK(isqrt(9223372036854775807LL) == 3037000499LL);
  for (long long n = 0; n < 2000; ++n) {
    long long r = isqrt(n);
    CHECK(r * r <= n && (r + 1) * (r + 1) > n);
  }

  CHECK_NEAR(cbrtBisect(27.0), 3.0, 1e-9);
  CHECK_NEAR(cbrtBisect(0.125), 0.5, 1e-9);
  CHECK_NEAR(cbrtBisect(0.0), 0.0, 1e-9);
  CHECK_NEAR(cbrtBisect(2.0), 1.2599210498948732, 1e-9);
  return 0;
}
