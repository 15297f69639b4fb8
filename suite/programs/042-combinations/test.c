#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint64_t pascal[61][61];

static uint64_t ref_ways(const unsigned *coins, size_t n, unsigned target) {
  static uint64_t dp[10001];
  memset(dp, 0, sizeof dp);
  dp[0] = 1;
  for (size_t i = 0; i < n; i++)
    for (unsigned s = coins[i]; s <= target; s++) dp[s] += dp[s - coins[i]];
  return dp[target];
}

int main(void) {
  for (int n = 0; n <= 60; n++) {
    pascal[n][0] = 1;
    for (int k = 1; k <= n; k++) pascal[n][k] = pascal[n - 1][k - 1] + (k < n ? pascal[n - 1][k] : 0);
  }

  static unsigned char buf[48620 * 9];
  for (unsigned n = 0; n <= 10; n++)
    for (unsigned k = 0; k <= n + 1; k++) {
      size_t cnt = combinations(n, k, buf, 252);
      CHECK(cnt == (k > n ? 0 : pascal[n][k]));
      for (size_t i = 0; i < cnt; i++) {
        const unsigned char *c = buf + i * k;
        for (unsigned j = 0; j < k; j++) {
          CHECK(c[j] < n);
          if (j) CHECK(c[j - 1] < c[j]);
        }
        if (i) CHECK(memcmp(c - k, c, k) < 0);
        CHECK(combination_rank(c, n, k) == i);
      }
    }
  CHECK(combinations(18, 9, buf, 48620) == 48620);
  CHECK(combinations(30, 3, NULL, 0) == 4060);
  CHECK(combinations(31, 3, NULL, 0) == 0);
  CHECK(combinations(5, 0, buf, 1) == 1);
  CHECK(combinations(4, 2, buf, 6) == 6);
  const unsigned char c42[12] = {0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3};
  CHECK(memcmp(buf, c42, 12) == 0);
  buf[4] = 99;
  CHECK(combinations(4, 2, buf, 2) == 6 && buf[4] == 99);

  unsigned char c[60], d[60];
  for (int t = 0; t < 500; t++) {
    unsigned n = 1 + (unsigned)(t * 37 % 60), k = (unsigned)(t * 11 % (n + 1));
    uint64_t total = pascal[n][k];
    uint64_t r = (uint64_t)t * 0x9E3779B97F4A7C15ull % total;
    combination_unrank(r, n, k, c);
    for (unsigned j = 1; j < k; j++) CHECK(c[j - 1] < c[j]);
    if (k) CHECK(c[k - 1] < n);
    CHECK(combination_rank(c, n, k) == r);
    combination_unrank(total - 1, n, k, d);
    for (unsigned j = 0; j < k; j++) CHECK(d[j] == n - k + j); /* last tuple */
    combination_unrank(0, n, k, d);
    for (unsigned j = 0; j < k; j++) CHECK(d[j] == j); /* first tuple */
  }
  CHECK(combination_rank(c, 60, 0) == 0);

  const unsigned coins1[] = {1, 2, 5};
  CHECK(coin_change_ways(coins1, 3, 5) == 4);
  CHECK(coin_change_ways(coins1, 3, 0) == 1);
  CHECK(coin_change_ways(coins1, 0, 5) == 0);
  const unsigned coins2[] = {2, 5, 3, 6};
  CHECK(coin_change_ways(coins2, 4, 10) == 5);
  const unsigned us[] = {1, 5, 10, 25, 50, 100};
  CHECK(coin_change_ways(us, 5, 100) == 292);
  CHECK(coin_change_ways(us, 6, 100) == 293);
  const unsigned uk[] = {1, 2, 5, 10, 20, 50, 100, 200};
  CHECK(coin_change_ways(uk, 8, 200) == 73682);
  const unsigned odd[] = {2, 4};
  CHECK(coin_change_ways(odd, 2, 7) == 0);
  CHECK(coin_change_ways(odd, 2, 8) == 3);
  const unsigned dup[] = {3, 3};
  CHECK(coin_change_ways(dup, 2, 6) == 3); /* denominations treated as distinct entries */
  for (unsigned target = 0; target <= 1000; target += 37) {
    CHECK(coin_change_ways(us, 6, target) == ref_ways(us, 6, target));
    CHECK(coin_change_ways(coins2, 4, target) == ref_ways(coins2, 4, target));
  }
  CHECK(coin_change_ways(uk, 8, 3000) == ref_ways(uk, 8, 3000));
  return 0;
}
