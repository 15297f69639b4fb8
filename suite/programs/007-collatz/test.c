#include "check.h"
#include "solution.h"

static unsigned ref_steps(uint64_t n) {
  unsigned s = 0;
  while (n != 1) {
    if (n & 1) n = n + n + n + 1;
    else n >>= 1;
    s++;
  }
  return s;
}

int main(void) {
  uint64_t s = 0, p = 0;
  CHECK(!collatz_info(0, &s, &p));
  CHECK(collatz_info(1, &s, &p) && s == 0 && p == 1);
  CHECK(collatz_info(2, &s, &p) && s == 1 && p == 2);
  CHECK(collatz_info(3, &s, &p) && s == 7 && p == 16);
  CHECK(collatz_info(27, &s, &p) && s == 111 && p == 9232);
  CHECK(collatz_info(97, &s, &p) && s == 118 && p == 9232);
  CHECK(collatz_info(871, &s, &p) && s == 178 && p == 190996);
  CHECK(collatz_info(63728127, &s, &p) && s == 949 && p == 966616035460ull);
  CHECK(collatz_info(1ull << 63, &s, &p) && s == 63 && p == 1ull << 63);
  CHECK(!collatz_info(UINT64_MAX, &s, &p));
  CHECK(!collatz_info(6148914691236517205ull, &s, &p));
  /* 6148914691236517203: the first 3n+1 fits, but the trajectory later exceeds 2^64 */
  CHECK(!collatz_info(6148914691236517203ull, &s, &p));
  CHECK(collatz_info(9780657630ull, &s, &p) && s == 1132 && p == 319497287463520ull);
  CHECK(collatz_info(1410123943ull, &s, &p) && s == 770 && p == 7125885122794452160ull);
  CHECK(collatz_info(12345678901234567ull, &s, &p) && s == 374 && p == 83333332583333332ull);
  CHECK(!collatz_info(UINT64_MAX - 2, &s, &p));

  for (uint64_t n = 1; n < 3000; n++) {
    CHECK(collatz_info(n, &s, &p));
    CHECK(s == ref_steps(n));
    /* doubling adds exactly one step and keeps the peak (or doubles it when n is the peak) */
    uint64_t s3, p3;
    CHECK(collatz_info(2 * n, &s3, &p3) && s3 == s + 1 && (p3 == p || p3 == 2 * n));
  }

  CHECK(collatz_longest_below(0, &s) == 0);
  CHECK(collatz_longest_below(1, &s) == 0);
  CHECK(collatz_longest_below(2, &s) == 1 && s == 0);
  CHECK(collatz_longest_below(10, &s) == 9 && s == 19);
  CHECK(collatz_longest_below(100, &s) == 97 && s == 118);
  CHECK(collatz_longest_below(1000, &s) == 871 && s == 178);
  CHECK(collatz_longest_below(10000, &s) == 6171 && s == 261);
  CHECK(collatz_longest_below(100000, &s) == 77031 && s == 350);
  return 0;
}
