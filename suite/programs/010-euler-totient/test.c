#include <stdlib.h>
#include "check.h"
#include "solution.h"

static unsigned gcd_u(unsigned a, unsigned b) {
  while (b) {
    unsigned t = a % b;
    a = b;
    b = t;
  }
  return a;
}

int main(void) {
  CHECK(totient_u64(0) == 0);
  CHECK(totient_u64(1) == 1);
  CHECK(totient_u64(2) == 1);
  CHECK(totient_u64(9) == 6);
  CHECK(totient_u64(36) == 12);
  CHECK(totient_u64(97) == 96);
  CHECK(totient_u64(1ull << 63) == 1ull << 62);
  CHECK(totient_u64(UINT64_MAX) == 9208981628670443520ull);
  CHECK(totient_u64(1000000000000000000ull) == 400000000000000000ull);
  CHECK(totient_u64(600851475143ull) == 591194251200ull);
  CHECK(totient_u64(9699690) == 1658880); /* primorial 23# */

  enum { N = 3000 };
  uint32_t *phi = malloc((N + 1) * sizeof *phi);
  CHECK(phi != NULL);
  CHECK(totient_table(N, phi) == 0);
  for (unsigned n = 1; n <= 600; n++) {
    unsigned count = 0;
    for (unsigned k = 1; k <= n; k++) count += gcd_u(k, n) == 1;
    CHECK(phi[n] == count);
  }
  CHECK(phi[0] == 0);
  for (unsigned n = 1; n <= N; n++) {
    CHECK(phi[n] == totient_u64(n));
    /* Gauss: sum of phi(d) over d | n equals n (check for the smaller n) */
    if (n <= 500) {
      unsigned s = 0;
      for (unsigned d = 1; d <= n; d++)
        if (n % d == 0) s += phi[d];
      CHECK(s == n);
    }
  }
  /* multiplicativity on coprime pairs */
  for (unsigned a = 1; a < 50; a++)
    for (unsigned b = 1; b < 50; b++)
      if (gcd_u(a, b) == 1) CHECK(phi[a * b] == phi[a] * phi[b]);
  free(phi);

  uint32_t small[2];
  CHECK(totient_table(0, small) == 0 && small[0] == 0);
  CHECK(totient_table(1, small) == 0 && small[0] == 0 && small[1] == 1);
  CHECK(totient_summatory(0) == 0);
  CHECK(totient_summatory(1) == 1);
  CHECK(totient_summatory(100) == 3044);
  CHECK(totient_summatory(1000) == 304192);
  return 0;
}
