#include "check.h"
#include "solution.hpp"
#include <cstdint>

static std::uint64_t refHash(const std::uint64_t* xs, int n) {
  std::uint64_t h = 1469598103934665603ULL;
  for (int i = 0; i < n; ++i) h = (h ^ xs[i]) * 1099511628211ULL;
  return h ^ static_cast<std::uint64_t>(n);
}

int main() {
  CHECK(sum3(1, 2, 3) == 6);
  CHECK(sum3(2147483647, 2147483647LL, 32767) == 4295000061LL);
  CHECK(sum3(-2147483647 - 1, -9000000000LL, -32768) == -11147516416LL);
  CHECK(sum6(1, 2, 3, 4, 5, 6) == 21);
  CHECK(sum6(2147483647, 2147483647, 2147483647, 2147483647, 2147483647, 2147483647) == 12884901882LL);
  CHECK_NEAR(mixedSum(1, 0.5, 0.25f, 10), 11.75, 1e-12);
  CHECK_NEAR(mixedSum(-3, -0.125, 2.5f, 0), -0.625, 1e-12);
  CHECK(maxOf5(3, 9, -1, 9, 2) == 9);
  CHECK(maxOf5(-5, -4, -3, -2, -1) == -1);
  CHECK(maxOf5(7, 1, 1, 1, 1) == 7);
  CHECK(minOf4(4, 3, 2, 1) == 1);
  CHECK(minOf4(-2147483647 - 1, 0, 5, 6) == -2147483647 - 1);
  CHECK(minOf4(8, 8, 8, 8) == 8);
  CHECK(countPositive(1, -1, 0, 2, 3, -4, 5) == 4);
  CHECK(countPositive(0, 0, 0, 0, 0, 0, 0) == 0);
  CHECK(allEven(2, 4, -6));
  CHECK(!allEven(2, 3, 4));
  CHECK(allEven(0, 0, 0));
  CHECK(anyNegative(1, 2, 3, -4));
  CHECK(!anyNegative(0, 1, 2, 3));
  CHECK(digits4(1, 2, 3, 4) == 1234);
  CHECK(digits4(0, 0, 7, 0) == 70);
  CHECK(digits4(19, 28, 37, 46) == 9876);  // only the last decimal digit of each counts
  CHECK(digits8(9, 8, 7, 6, 5, 4, 3, 2) == 98765432ULL);
  CHECK(altSum5(10, 3, 5, 1, 2) == 13);
  CHECK(altSum5(0, 0, 0, 0, 0) == 0);
  CHECK(altSum5(-1, -1, -1, -1, -1) == -1);
  std::uint64_t h3[3] = {1, 2, 3};
  CHECK(hashAll(1, 2, 3) == refHash(h3, 3));
  std::uint64_t h3b[3] = {3, 2, 1};
  CHECK(hashAll(3, 2, 1) == refHash(h3b, 3));
  CHECK(hashAll(1, 2, 3) != hashAll(3, 2, 1));
  std::uint64_t h2[2] = {0xFFFFFFFFFFFFFFFFULL, 42};
  CHECK(hashAll2(0xFFFFFFFFFFFFFFFFULL, 42) == refHash(h2, 2));
  CHECK(hashAll2(0, 0) != hashAll(0, 0, 0));
  CHECK(packSize() == 6);
  for (int i = -50; i <= 50; ++i) {
    CHECK(sum6(i, i + 1, i + 2, i + 3, i + 4, i + 5) == 6LL * i + 15);
    int vals[5] = {i, -i, 2 * i, 0, 3};
    int m = vals[0];
    for (int k = 1; k < 5; ++k) m = vals[k] > m ? vals[k] : m;
    CHECK(maxOf5(i, -i, 2 * i, 0, 3) == m);
  }
  return 0;
}
