#include "check.h"
#include "solution.hpp"

namespace {
unsigned long long st = 0x2545F4914F6CDD1Dull;
unsigned long long rnd() {
  st ^= st << 13;
  st ^= st >> 7;
  st ^= st << 17;
  return st;
}
std::string str(unsigned long long v) { return std::to_string(v); }
std::string sstr(long long v) { return std::to_string(v); }
}  // namespace

int main() {
  CHECK(add_strings("0", "0") == "0");
  CHECK(add_strings("11", "123") == "134");
  CHECK(add_strings("999", "1") == "1000");
  CHECK(add_strings("18446744073709551615", "1") == "18446744073709551616");
  CHECK(subtract_strings("1000", "1") == "999");
  CHECK(subtract_strings("123", "123") == "0");
  CHECK(subtract_strings("18446744073709551616", "18446744073709551615") == "1");
  CHECK(multiply_strings("0", "12345") == "0");
  CHECK(multiply_strings("123", "456") == "56088");
  CHECK(multiply_strings("99", "99") == "9801");
  CHECK(multiply_strings("4294967296", "4294967296") == "18446744073709551616");
  CHECK(multiply_strings("18446744073709551615", "18446744073709551615") ==
        "340282366920938463426481119284349108225");
  CHECK(compare_strings("9", "10") == -1);
  CHECK(compare_strings("10", "10") == 0);
  CHECK(compare_strings("11", "10") == 1);
  CHECK(add_signed("-5", "3") == "-2");
  CHECK(add_signed("5", "-5") == "0");
  CHECK(add_signed("-5", "-7") == "-12");
  CHECK(add_signed("-3", "10") == "7");
  CHECK(add_signed("0", "-1") == "-1");
  unsigned rem = 0;
  CHECK(divide_small("1000", 7, rem) == "142" && rem == 6);
  CHECK(divide_small("5", 10, rem) == "0" && rem == 5);
  CHECK(divide_small("340282366920938463463374607431768211456", 4294967295u, rem) == "79228162532711081671548469249" && rem == 1);
  CHECK(factorial_string(0) == "1");
  CHECK(factorial_string(1) == "1");
  CHECK(factorial_string(20) == "2432902008176640000");
  CHECK(factorial_string(25) == "15511210043330985984000000");
  CHECK(factorial_string(52) == "80658175170943878571660636856403766975289505440883277824000000000000");
  {
    // 30! / 29! == 30 via repeated small division.
    std::string f = factorial_string(30);
    for (unsigned k = 30; k >= 2; --k) {
      f = divide_small(f, k, rem);
      CHECK(rem == 0);
    }
    CHECK(f == "1");
  }
  for (int iter = 0; iter < 500; ++iter) {
    unsigned long long a = rnd() >> (rnd() % 64), b = rnd() >> (rnd() % 64);
    // Keep sums and products within 64 bits for the reference.
    unsigned long long ha = a >> 1, hb = b >> 1;
    CHECK(add_strings(str(ha), str(hb)) == str(ha + hb));
    unsigned long long hi = a > b ? a : b, lo = a > b ? b : a;
    CHECK(subtract_strings(str(hi), str(lo)) == str(hi - lo));
    CHECK(compare_strings(str(a), str(b)) == (a < b ? -1 : (a > b ? 1 : 0)));
    unsigned long long ma = a >> 32, mb = b >> 32;
    CHECK(multiply_strings(str(ma), str(mb)) == str(ma * mb));
    long long sa = static_cast<long long>(ha >> 1) * ((rnd() & 1) ? -1 : 1);
    long long sb = static_cast<long long>(hb >> 1) * ((rnd() & 1) ? -1 : 1);
    CHECK(add_signed(sstr(sa), sstr(sb)) == sstr(sa + sb));
    unsigned d = static_cast<unsigned>(1 + rnd() % 1000000);
    CHECK(divide_small(str(a), d, rem) == str(a / d));
    CHECK(rem == a % d);
    // (a+b)^2 == a^2 + 2ab + b^2 on big values.
    std::string A = str(a), B = str(b);
    std::string lhs = multiply_strings(add_strings(A, B), add_strings(A, B));
    std::string rhs = add_strings(add_strings(multiply_strings(A, A), multiply_strings("2", multiply_strings(A, B))),
                                  multiply_strings(B, B));
    CHECK(lhs == rhs);
  }
  return 0;
}
