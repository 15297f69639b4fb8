#include <stdint.h>
#include <stdlib.h>
#include "check.h"
#include "solution.h"

static unsigned pop(uint64_t x) {
  unsigned c = 0;
  for (; x; x >>= 1) c += (unsigned)(x & 1u);
  return c;
}

static uint64_t choose(unsigned n, unsigned k) {
  uint64_t r = 1;
  for (unsigned i = 1; i <= k; i++) r = r * (n - k + i) / i;
  return r;
}

int main(void) {
  CHECK(next_same_popcount(1) == 2);
  CHECK(next_same_popcount(3) == 5);
  CHECK(next_same_popcount(5) == 6);
  CHECK(next_same_popcount(6) == 9);
  CHECK(next_same_popcount(0x0F) == 0x17);
  CHECK(next_same_popcount(1ull << 63) == 0);
  CHECK(next_same_popcount(UINT64_MAX) == 0);
  CHECK(next_same_popcount(0xC000000000000000ull) == 0);
  CHECK(next_same_popcount(0xA000000000000000ull) == 0xC000000000000000ull);
  /* reference: linear scan for the next value with equal popcount */
  for (uint64_t x = 1; x < 3000; x++) {
    uint64_t y = x + 1;
    while (pop(y) != pop(x)) y++;
    CHECK(next_same_popcount(x) == y);
  }

  static uint32_t buf[1 << 16];
  for (unsigned n = 0; n <= 14; n++) {
    for (unsigned k = 0; k <= n + 1; k++) {
      size_t cnt = k_subsets(n, k, buf, sizeof buf / sizeof buf[0]);
      CHECK(cnt == (k > n ? 0 : choose(n, k)));
      for (size_t i = 0; i < cnt; i++) {
        CHECK(pop(buf[i]) == k);
        CHECK(buf[i] < (1u << n));
        if (i) CHECK(buf[i - 1] < buf[i]);
      }
    }
  }
  CHECK(k_subsets(20, 10, NULL, 0) == 184756);
  CHECK(k_subsets(3, 0, buf, 1) == 1 && buf[0] == 0);
  buf[2] = 12345;
  CHECK(k_subsets(5, 2, buf, 2) == 10 && buf[0] == 3 && buf[1] == 5 && buf[2] == 12345);

  CHECK(submasks(0, buf, 10) == 1 && buf[0] == 0);
  CHECK(submasks(0xB, buf, 16) == 8);
  const uint32_t expect_b[8] = {0xB, 0xA, 0x9, 0x8, 0x3, 0x2, 0x1, 0x0};
  for (int i = 0; i < 8; i++) CHECK(buf[i] == expect_b[i]);
  CHECK(submasks(0x000FFFFFu, NULL, 0) == (size_t)1 << 20); /* count only */
  for (int t = 0; t < 200; t++) {
    uint32_t mask = (uint32_t)(t * 2654435761u) & 0x3FFFu;
    size_t cnt = submasks(mask, buf, sizeof buf / sizeof buf[0]);
    CHECK(cnt == (size_t)1 << pop(mask));
    for (size_t i = 0; i < cnt; i++) {
      CHECK((buf[i] & ~mask) == 0);
      if (i) CHECK(buf[i - 1] > buf[i]);
    }
  }

  const int32_t w[] = {3, 34, 4, 12, 5, 2};
  CHECK(count_subset_sums(w, 6, 9) == 2);   /* {4,5}, {3,4,2} */
  CHECK(count_subset_sums(w, 6, 0) == 1);   /* empty set */
  CHECK(count_subset_sums(w, 6, 60) == 1);  /* everything */
  CHECK(count_subset_sums(w, 6, 61) == 0);
  CHECK(count_subset_sums(w, 0, 0) == 1);
  const int32_t mixed[] = {-1, 1, -2, 2, 3};
  CHECK(count_subset_sums(mixed, 5, 0) == 5); /* {}, {-1,1}, {-2,2}, {-1,1,-2,2}, {-1,-2,3} */
  /* all-ones weights: subsets summing to k number C(n, k) */
  int32_t ones[14];
  for (int i = 0; i < 14; i++) ones[i] = 1;
  for (unsigned k = 0; k <= 15; k++) CHECK(count_subset_sums(ones, 14, k) == (k > 14 ? 0 : choose(14, k)));
  /* powers of two: every target in range is hit exactly once */
  int32_t pw[12];
  for (int i = 0; i < 12; i++) pw[i] = 1 << i;
  for (int64_t t = 0; t < 4096; t += 37) CHECK(count_subset_sums(pw, 12, t) == 1);
  CHECK(count_subset_sums(pw, 12, 4096) == 0);
  const int32_t big[] = {INT32_MAX, INT32_MAX, INT32_MIN};
  CHECK(count_subset_sums(big, 3, 2 * (int64_t)INT32_MAX) == 1);
  CHECK(count_subset_sums(big, 3, -1) == 2); /* {MAX, MIN} twice */

  enum { B = 10 };
  int64_t f[1 << B], g[1 << B];
  for (int s = 0; s < (1 << B); s++) f[s] = g[s] = (s * 7919) % 101 - 50;
  sum_over_subsets(g, B);
  for (int s = 0; s < (1 << B); s += 11) {
    int64_t ref = 0;
    for (int t = 0; t < (1 << B); t++)
      if ((t & ~s) == 0) ref += f[t];
    CHECK(g[s] == ref);
  }
  int64_t one_f = 5;
  sum_over_subsets(&one_f, 0);
  CHECK(one_f == 5);
  return 0;
}
