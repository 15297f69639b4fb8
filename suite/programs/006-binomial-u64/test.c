#include "check.h"
#include "solution.h"

#define ROWS 70
/* Pascal's triangle with saturation: UINT64_MAX marks "does not fit". */
static uint64_t pascal[ROWS][ROWS];

int main(void) {
  for (int n = 0; n < ROWS; n++) {
    pascal[n][0] = pascal[n][n] = 1;
    for (int k = 1; k < n; k++) {
      uint64_t a = pascal[n - 1][k - 1], b = pascal[n - 1][k];
      pascal[n][k] = (a == UINT64_MAX || b == UINT64_MAX || a > UINT64_MAX - 1 - b) ? UINT64_MAX : a + b;
    }
  }
  for (int n = 0; n < ROWS; n++) {
    for (int k = 0; k <= n + 2; k++) {
      uint64_t v = 12345;
      bool ok = binom_u64((uint64_t)n, (uint64_t)k, &v);
      if (k > n) {
        CHECK(ok && v == 0);
      } else if (pascal[n][k] == UINT64_MAX) {
        CHECK(!ok);
      } else {
        CHECK(ok && v == pascal[n][k]);
      }
    }
  }
  uint64_t v = 0;
  CHECK(binom_u64(67, 33, &v) && v == 14226520737620288370ull);
  CHECK(!binom_u64(68, 34, &v));
  CHECK(binom_u64(68, 33, &v) == false);
  CHECK(binom_u64(68, 30, &v) && v == pascal[68][30]);
  CHECK(binom_u64(UINT64_MAX, 1, &v) && v == UINT64_MAX);
  CHECK(binom_u64(UINT64_MAX, UINT64_MAX - 1, &v) && v == UINT64_MAX);
  CHECK(binom_u64(UINT64_MAX, 0, &v) && v == 1);
  CHECK(binom_u64(UINT64_MAX, UINT64_MAX, &v) && v == 1);
  CHECK(!binom_u64(UINT64_MAX, 2, &v));
  CHECK(binom_u64(1ull << 32, 2, &v) && v == (1ull << 31) * ((1ull << 32) - 1));
  CHECK(binom_u64(1000000, 3, &v) && v == 166666166667000000ull);
  CHECK(binom_u64(100, 10, &v) && v == 17310309456440ull);

  /* Catalan numbers: reference via C(2n,n)/(n+1) using the triangle, and known last values */
  for (unsigned n = 0; n < 34; n++) {
    CHECK(catalan_u64(n, &v));
    CHECK(v == pascal[2 * n][n] / (n + 1));
  }
  CHECK(catalan_u64(35, &v) && v == 3116285494907301262ull);
  CHECK(catalan_u64(36, &v) && v == 11959798385860453492ull);
  CHECK(!catalan_u64(37, &v));
  CHECK(!catalan_u64(100, &v));

  unsigned ks[] = {2, 3, 4};
  CHECK(multinomial_u64(ks, 3, &v) && v == 1260); /* 9! / (2! 3! 4!) */
  CHECK(multinomial_u64(ks, 0, &v) && v == 1);
  unsigned mississippi[] = {1, 4, 4, 2};
  CHECK(multinomial_u64(mississippi, 4, &v) && v == 34650);
  unsigned ones[20];
  for (int i = 0; i < 20; i++) ones[i] = 1;
  CHECK(multinomial_u64(ones, 20, &v) && v == 2432902008176640000ull); /* 20! */
  unsigned ones21[21];
  for (int i = 0; i < 21; i++) ones21[i] = 1;
  CHECK(!multinomial_u64(ones21, 21, &v)); /* 21! overflows */
  unsigned zeros[] = {0, 0, 5, 0};
  CHECK(multinomial_u64(zeros, 4, &v) && v == 1);
  return 0;
}
