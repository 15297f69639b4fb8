#include <stdint.h>
#include <stdlib.h>
#include "check.h"
#include "solution.h"

/* Euler's pentagonal number theorem, in wrapping unsigned arithmetic (exact since p(n) < 2^64) */
static uint64_t pent[PARTITION_MAX_N + 1];
static void build_pentagonal(void) {
  pent[0] = 1;
  for (unsigned n = 1; n <= PARTITION_MAX_N; n++) {
    uint64_t s = 0;
    for (unsigned k = 1;; k++) {
      unsigned g1 = k * (3 * k - 1) / 2, g2 = k * (3 * k + 1) / 2;
      if (g1 > n) break;
      uint64_t term = pent[n - g1] + (g2 <= n ? pent[n - g2] : 0);
      s = (k % 2 == 1) ? s + term : s - term;
    }
    pent[n] = s;
  }
}

int main(void) {
  build_pentagonal();
  CHECK(partition_count(0) == 1);
  CHECK(partition_count(1) == 1);
  CHECK(partition_count(5) == 7);
  CHECK(partition_count(10) == 42);
  CHECK(partition_count(100) == 190569292ull);
  CHECK(partition_count(200) == 3972999029388ull);
  CHECK(partition_count(400) == 6727090051741041926ull);
  CHECK(partition_count(416) == 17873792969689876004ull);
  CHECK(partition_count(417) == 0);
  for (unsigned n = 0; n <= 120; n += (n < 50 ? 1 : 9)) CHECK(partition_count(n) == pent[n]);
  CHECK(partition_count(300) == pent[300]);
  CHECK(partition_count(PARTITION_MAX_N - 1) == pent[PARTITION_MAX_N - 1]);

  CHECK(partitions_max_part(10, 0) == 0);
  CHECK(partitions_max_part(0, 0) == 1);
  CHECK(partitions_max_part(10, 1) == 1);
  CHECK(partitions_max_part(10, 2) == 6);
  CHECK(partitions_max_part(10, 100) == 42);
  /* parts <= 2: floor(n/2) + 1 */
  for (unsigned n = 0; n < 200; n += 3) CHECK(partitions_max_part(n, 2) == n / 2 + 1);
  /* conjugation: sum over k of exact-k-part counts equals p(n) */
  for (unsigned n = 0; n <= 60; n++) {
    uint64_t s = 0;
    for (unsigned k = 0; k <= n; k++) s += partitions_exact_parts(n, k);
    CHECK(s == pent[n]);
  }
  CHECK(partitions_exact_parts(10, 3) == 8);
  CHECK(partitions_exact_parts(0, 0) == 1);
  CHECK(partitions_exact_parts(5, 0) == 0);
  CHECK(partitions_exact_parts(3, 5) == 0);

  /* distinct parts: knapsack reference */
  static uint64_t dp[501];
  dp[0] = 1;
  for (unsigned part = 1; part <= 500; part++)
    for (unsigned s = 500; s >= part; s--) dp[s] += dp[s - part];
  for (unsigned n = 0; n <= 100; n += (n < 40 ? 1 : 7)) CHECK(partitions_distinct(n) == dp[n]);
  CHECK(partitions_distinct(200) == dp[200]);
  CHECK(partitions_distinct(100) == 444793);
  CHECK(partitions_distinct(500) == dp[500]);
  CHECK(partitions_distinct(501) == 0);

  static unsigned char buf[200000];
  for (unsigned n = 0; n <= 20; n++) {
    size_t cnt = list_partitions(n, buf, sizeof buf);
    CHECK(cnt == pent[n]);
    size_t pos = 0;
    unsigned char prev[32] = {0};
    unsigned prev_len = 0;
    for (size_t i = 0; i < cnt; i++) {
      unsigned sum = 0, len = 0, last = 255;
      unsigned char cur[32];
      while (buf[pos] != 0) {
        CHECK(buf[pos] <= last); /* non-increasing */
        last = buf[pos];
        sum += buf[pos];
        cur[len++] = buf[pos];
        pos++;
      }
      pos++;
      CHECK(sum == n);
      if (i > 0) {
        /* reverse lexicographic order: strictly decreasing */
        unsigned j = 0;
        while (j < len && j < prev_len && cur[j] == prev[j]) j++;
        CHECK(j < len && j < prev_len && cur[j] < prev[j]);
      }
      for (unsigned j = 0; j < len; j++) prev[j] = cur[j];
      prev_len = len;
    }
  }
  CHECK(list_partitions(4, buf, sizeof buf) == 5);
  const unsigned char four[] = {4, 0, 3, 1, 0, 2, 2, 0, 2, 1, 1, 0, 1, 1, 1, 1, 0};
  for (unsigned i = 0; i < sizeof four; i++) CHECK(buf[i] == four[i]);
  /* small buffer: only whole partitions are written */
  unsigned char small[7];
  for (int i = 0; i < 7; i++) small[i] = 0xEE;
  CHECK(list_partitions(4, small, 6) == 5);
  CHECK(small[0] == 4 && small[1] == 0 && small[2] == 3 && small[3] == 1 && small[4] == 0 && small[5] == 0xEE);
  CHECK(list_partitions(30, NULL, 0) == 5604);
  CHECK(list_partitions(31, buf, sizeof buf) == 0);
  return 0;
}
