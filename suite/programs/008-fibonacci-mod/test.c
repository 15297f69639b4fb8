#include "check.h"
#include "solution.h"

int main(void) {
  uint64_t f = 0;
  CHECK(fib_u64(0, &f) && f == 0);
  CHECK(fib_u64(1, &f) && f == 1);
  CHECK(fib_u64(2, &f) && f == 1);
  CHECK(fib_u64(10, &f) && f == 55);
  CHECK(fib_u64(50, &f) && f == 12586269025ull);
  CHECK(fib_u64(93, &f) && f == 12200160415121876738ull);
  CHECK(!fib_u64(94, &f));
  CHECK(!fib_u64(1000, &f));

  /* exact table for comparisons */
  uint64_t table[94];
  table[0] = 0;
  table[1] = 1;
  for (int i = 2; i < 94; i++) table[i] = table[i - 1] + table[i - 2];
  for (unsigned i = 0; i < 94; i++) {
    CHECK(fib_u64(i, &f) && f == table[i]);
    CHECK(fib_mod(i, 1ull << 32) == table[i] % (1ull << 32));
    CHECK(fib_mod(i, 1000000007ull) == table[i] % 1000000007ull);
    CHECK(fib_mod(i, 1) == 0);
  }

  /* iterative reference mod m for many m */
  static const uint64_t mods[] = {2, 3, 7, 10, 97, 1000, 65536, 4294967291ull, 4294967296ull};
  for (unsigned j = 0; j < sizeof mods / sizeof mods[0]; j++) {
    uint64_t m = mods[j], a = 0, b = 1 % m;
    for (uint64_t n = 0; n < 2000; n++) {
      CHECK(fib_mod(n, m) == a);
      uint64_t t = (a + b) % m;
      a = b;
      b = t;
    }
  }

  CHECK(fib_mod(1000000000000000000ull, 1000000007ull) == 209783453);
  CHECK(fib_mod(UINT64_MAX, 1ull << 32) == 1070270178);
  CHECK(fib_mod(1000, 1000000000) == 849228875);

  static const uint64_t pis_m[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000, 10007};
  static const uint64_t pis_v[] = {1, 3, 8, 6, 20, 24, 16, 12, 24, 60, 300, 1500, 20016};
  for (unsigned i = 0; i < sizeof pis_m / sizeof pis_m[0]; i++) CHECK(pisano_period(pis_m[i]) == pis_v[i]);
  CHECK(pisano_period((1ull << 26) + 1) == 0);
  /* periodicity: F(n + pi(m)) == F(n) mod m */
  for (uint64_t m = 2; m < 200; m++) {
    uint64_t p = pisano_period(m);
    CHECK(p > 0 && p <= 6 * m);
    CHECK(fib_mod(p, m) == 0 && fib_mod(p + 1, m) == 1);
    for (uint64_t n = 0; n < 50; n += 7) CHECK(fib_mod(n + 12345 * p, m) == fib_mod(n, m));
  }
  return 0;
}
