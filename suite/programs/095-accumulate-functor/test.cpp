#include "check.h"
#include "solution.hpp"
#include <cstdint>
#include <vector>

int main() {
  CHECK(sumInts({}) == 0);
  CHECK(sumInts({1, 2, 3, 4}) == 10);
  CHECK(sumInts({-5, 5, -7}) == -7);
  std::vector<int> bigs(1000, 2147483647);
  CHECK(sumInts(bigs) == 2147483647000LL);
  CHECK(foldLeft(std::vector<int>{1, 2, 3}, 100LL, AddOp()) == 106);

  CHECK(productMod({}, 7) == 1);
  CHECK(productMod({2, 3, 4}, 1000) == 24);
  CHECK(productMod({2, 3, 4}, 5) == 4);
  CHECK(productMod({5, 7}, 1) == 0);
  std::vector<std::uint64_t> fact;
  for (std::uint64_t i = 1; i <= 20; ++i) fact.push_back(i);
  CHECK(productMod(fact, 1000000007ULL) == 146326063ULL);  // 20! mod 1e9+7
  CHECK(productMod({4000000000ULL, 4000000000ULL}, 4294967291ULL) ==
        (4000000000ULL % 4294967291ULL) * (4000000000ULL % 4294967291ULL) % 4294967291ULL);

  CHECK(gcdAll({}) == 0);
  CHECK(gcdAll({12, 18, 24}) == 6);
  CHECK(gcdAll({7}) == 7);
  CHECK(gcdAll({0, 0, 15}) == 15);
  CHECK(gcdAll({17, 34, 51, 5}) == 1);
  CHECK(gcdAll({1024, 4096, 768}) == 256);

  CHECK(xorAll({}) == 0);
  CHECK(xorAll({1, 2, 3}) == 0);
  CHECK(xorAll({0xFFFFFFFFu, 0x0F0F0F0Fu}) == 0xF0F0F0F0u);
  std::vector<std::uint32_t> seq;
  std::uint32_t ref = 0;
  for (std::uint32_t i = 0; i < 1000; ++i) { seq.push_back(i * 2654435761u); ref ^= i * 2654435761u; }
  CHECK(xorAll(seq) == ref);

  CHECK_NEAR(variance({}), 0.0, 1e-12);
  CHECK_NEAR(variance({5.0}), 0.0, 1e-12);
  CHECK_NEAR(variance({2, 4, 4, 4, 5, 5, 7, 9}), 4.0, 1e-12);
  CHECK_NEAR(variance({1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}), 22.5, 1e-9);
  std::vector<double> r;
  double s = 0, s2 = 0;
  for (int i = 0; i < 100; ++i) { double x = (i * 37 % 101) / 10.0; r.push_back(x); s += x; }
  double mean = s / 100;
  for (double x : r) s2 += (x - mean) * (x - mean);
  CHECK_NEAR(variance(r), s2 / 100, 1e-9);

  CHECK(hornerMod({}, 5) == 0);
  CHECK(hornerMod({3}, 123) == 3);
  CHECK(hornerMod({1, 0, 0}, 10) == 100);
  CHECK(hornerMod({2, 0, 3, 1}, 2) == 23);  // 2x^3 + 3x + 1
  CHECK(hornerMod({1, 1}, 1000000007ULL) == 1);
  CHECK(hornerMod({1, 0}, 1000000006ULL) == 1000000006ULL);
  return 0;
}
