#include "check.h"
#include "solution.hpp"
#include <climits>
#include <cstdint>
#include <string>

int main() {
  CHECK(saturatingAdd(1, 2) == 3);
  CHECK(saturatingAdd(INT_MAX, 1) == INT_MAX);
  CHECK(saturatingAdd(INT_MIN, -1) == INT_MIN);
  CHECK(saturatingAdd(INT_MAX, INT_MIN) == -1);
  CHECK(saturatingAdd(-5, 3) == -2);
  CHECK(saturatingAdd(4000000000u, 300000000u) == 4294967295u);
  CHECK(saturatingAdd(4000000000u, 294967295u) == 4294967295u);
  CHECK(saturatingAdd(1u, 2u) == 3u);
  CHECK(saturatingAdd(LLONG_MAX - 5, 5LL) == LLONG_MAX);
  CHECK(saturatingAdd(LLONG_MAX - 5, 6LL) == LLONG_MAX);
  CHECK(saturatingAdd(LLONG_MIN, LLONG_MIN) == LLONG_MIN);
  CHECK(saturatingAdd(static_cast<std::int8_t>(100), static_cast<std::int8_t>(27)) == 127);
  CHECK(saturatingAdd(static_cast<std::int8_t>(100), static_cast<std::int8_t>(28)) == 127);
  CHECK(saturatingAdd(static_cast<std::int8_t>(-100), static_cast<std::int8_t>(-29)) == -128);
  CHECK(saturatingAdd(static_cast<std::uint16_t>(65000), static_cast<std::uint16_t>(535)) == 65535);
  CHECK(saturatingAdd(static_cast<std::uint16_t>(65000), static_cast<std::uint16_t>(600)) == 65535);
  CHECK_NEAR(saturatingAdd(1.5, 2.25), 3.75, 1e-15);
  // exhaustive check of int8 against a wider reference
  for (int a = -128; a <= 127; ++a)
    for (int b = -128; b <= 127; b += 5) {
      int r = a + b;
      r = r > 127 ? 127 : (r < -128 ? -128 : r);
      CHECK(saturatingAdd(static_cast<std::int8_t>(a), static_cast<std::int8_t>(b)) == r);
    }

  CHECK(absDiff(3, 10) == 7u);
  CHECK(absDiff(10, 3) == 7u);
  CHECK(absDiff(INT_MIN, INT_MAX) == 4294967295u);
  CHECK(absDiff(INT_MAX, INT_MIN) == 4294967295u);
  CHECK(absDiff(LLONG_MIN, 0LL) == 9223372036854775808ULL);
  CHECK(absDiff(static_cast<signed char>(-128), static_cast<signed char>(127)) == 255);
  CHECK_NEAR(absDiff(-1.5, 2.0), 3.5, 1e-15);

  CHECK(midpointOf(0, 10) == 5);
  CHECK(midpointOf(10, 0) == 5);
  CHECK(midpointOf(0, 9) == 4);
  CHECK(midpointOf(9, 0) == 5);  // rounds toward the first argument
  CHECK(midpointOf(INT_MAX, INT_MAX - 2) == INT_MAX - 1);
  CHECK(midpointOf(INT_MIN, INT_MAX) == -1);
  CHECK(midpointOf(INT_MAX, INT_MIN) == 0);
  CHECK(midpointOf(4294967295u, 4294967293u) == 4294967294u);
  CHECK(midpointOf(LLONG_MIN, LLONG_MIN + 2) == LLONG_MIN + 1);
  CHECK_NEAR(midpointOf(1e308, 1e308), 1e308, 1e-12);
  for (int a = -40; a <= 40; a += 3)
    for (int b = -40; b <= 40; b += 7) {
      int d = b - a;
      int expect = a + d / 2;  // C++ division truncates toward zero, i.e. toward a
      CHECK(midpointOf(a, b) == expect);
    }

  CHECK(describeType<bool>() == "bool");
  CHECK(describeType<int>() == "signed integral, 32 bits");
  CHECK(describeType<unsigned char>() == "unsigned integral, 8 bits");
  CHECK(describeType<long long>() == "signed integral, 64 bits");
  CHECK(describeType<float>() == "floating, 32 bits");
  CHECK(describeType<double>() == "floating, 64 bits");
  CHECK(describeType<std::string>() == "other");

  CHECK(clampTo(5, 0, 10) == 5);
  CHECK(clampTo(-5, 0, 10) == 0);
  CHECK(clampTo(50, 0, 10) == 10);
  CHECK_NEAR(clampTo(0.75, 0.0, 0.5), 0.5, 0);
  CHECK_NEAR(clampTo(-0.25, -1.0, 1.0), -0.25, 0);
  return 0;
}
