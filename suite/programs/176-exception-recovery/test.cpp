#include "check.h"
#include "solution.hpp"

int main() {
  CHECK(parse_int("42") == 42);
  CHECK(parse_int("-2147483648") == -2147483647 - 1);
  int rejected = -1;
  std::vector<std::string> entries = {"1", "x", "20", "", "-3", "99999999999", "4+", "300"};
  CHECK(sum_valid(entries, &rejected) == 318);
  CHECK(rejected == 4 + 100 - 1);
  for (int n = 0; n < 6; ++n) CHECK(unwinds_through(n));
  return 0;
}
