#include "check.h"
#include "solution.hpp"
#include <cstdint>

int main() {
  Mat<long long, 2, 3> a{{{1, 2, 3}, {4, 5, 6}}};
  Mat<long long, 3, 2> b{{{7, 8}, {9, 10}, {11, 12}}};
  Mat<long long, 2, 2> ab = mul(a, b);
  Mat<long long, 2, 2> abExpect{{{58, 64}, {139, 154}}};
  CHECK(equal(ab, abExpect));
  Mat<long long, 3, 3> ba = mul(b, a);
  CHECK(ba.a[0][0] == 39 && ba.a[0][1] == 54 && ba.a[0][2] == 69);
  CHECK(ba.a[2][0] == 59 && ba.a[2][2] == 105);
  CHECK(trace(ba) == 39 + 68 + 105);
  Mat<long long, 3, 2> at = transpose(a);
  CHECK(at.a[0][1] == 4 && at.a[2][0] == 3 && at.a[2][1] == 6);
  // (A B)^T == B^T A^T on 3x3
  Mat<long long, 3, 3> m{{{2, -1, 0}, {3, 4, -5}, {1, 0, 7}}};
  Mat<long long, 3, 3> n{{{0, 1, 2}, {-3, 8, 1}, {5, 5, -2}}};
  CHECK(equal(transpose(mul(m, n)), mul(transpose(n), transpose(m))));
  CHECK(!equal(mul(m, n), mul(n, m)));
  CHECK(equal(power(m, 0), identity<long long, 3>()));
  CHECK(equal(power(m, 1), m));
  CHECK(equal(power(m, 5), mul(mul(mul(m, m), mul(m, m)), m)));
  CHECK(trace(identity<long long, 3>()) == 3);

  CHECK(fibWrap(0) == 0);
  CHECK(fibWrap(1) == 1);
  CHECK(fibWrap(2) == 1);
  CHECK(fibWrap(50) == 12586269025ULL);
  CHECK(fibWrap(93) == 12200160415121876738ULL);
  std::uint64_t f0 = 0, f1 = 1;
  for (std::uint64_t i = 0; i < 300; ++i) {
    CHECK(fibWrap(i) == f0);
    std::uint64_t t = f0 + f1;  // wraps modulo 2^64 like the matrix version
    f0 = f1;
    f1 = t;
  }

  // complete graph K4 without self-loops: walks of length L from i to j (i != j)
  // equal (3^L - (-1)^L) / 4
  std::uint16_t k4 = 0;
  for (unsigned i = 0; i < 4; ++i)
    for (unsigned j = 0; j < 4; ++j)
      if (i != j) k4 = static_cast<std::uint16_t>(k4 | (1u << (4 * i + j)));
  std::uint64_t p3 = 1;
  for (std::uint64_t L = 0; L < 20; ++L) {
    std::uint64_t diff = (L % 2 == 0) ? (p3 - 1) / 4 : (p3 + 1) / 4;
    std::uint64_t same = (L % 2 == 0) ? (p3 + 3) / 4 : (p3 - 3) / 4;
    CHECK(countWalks(k4, 0, 2, L) == diff);
    CHECK(countWalks(k4, 3, 3, L) == same);
    p3 *= 3;
  }
  // directed 4-cycle 0->1->2->3->0
  std::uint16_t cyc = static_cast<std::uint16_t>((1u << 1) | (1u << (4 + 2)) | (1u << (8 + 3)) | (1u << 12));
  CHECK(countWalks(cyc, 0, 0, 4) == 1);
  CHECK(countWalks(cyc, 0, 0, 5) == 0);
  CHECK(countWalks(cyc, 0, 1, 1000001) == 1);
  CHECK(countWalks(cyc, 4, 0, 3) == 0);
  CHECK(countWalks(0, 1, 1, 0) == 1);

  double x = 1.0, y = 0.0;
  rotateRepeated(3.14159265358979323846 / 2, 1, x, y);
  CHECK_NEAR(x, 0.0, 1e-12);
  CHECK_NEAR(y, 1.0, 1e-12);
  x = 2.0; y = 1.0;
  rotateRepeated(3.14159265358979323846 / 6, 12, x, y);
  CHECK_NEAR(x, 2.0, 1e-9);
  CHECK_NEAR(y, 1.0, 1e-9);
  x = 1.0; y = 1.0;
  rotateRepeated(0.001, 1000, x, y);
  CHECK_NEAR(x, 0.5403023058681398 - 0.8414709848078965, 1e-9);
  CHECK_NEAR(y, 0.8414709848078965 + 0.5403023058681398, 1e-9);
  return 0;
}
