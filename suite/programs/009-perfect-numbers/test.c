#include "check.h"
#include "solution.h"

static uint64_t naive_sigma(uint64_t n) {
  uint64_t s = 0;
  for (uint64_t d = 1; d <= n; d++)
    if (n % d == 0) s += d;
  return s;
}

int main(void) {
  CHECK(sigma_u64(0) == 0);
  CHECK(sigma_u64(1) == 1);
  CHECK(sigma_u64(2) == 3);
  CHECK(sigma_u64(12) == 28);
  CHECK(sigma_u64(8128) == 16256);
  CHECK(sigma_u64(1ull << 39) == (1ull << 40) - 1);
  CHECK(sigma_u64(999999999989ull) == 999999999990ull); /* prime */
  CHECK(sigma_u64(720720) == 3249792);
  for (uint64_t n = 1; n <= 2500; n++) {
    uint64_t s = naive_sigma(n);
    CHECK(sigma_u64(n) == s);
    CHECK(aliquot_sum(n) == s - n);
    num_class c = s - n < n ? NUM_DEFICIENT : (s - n == n ? NUM_PERFECT : NUM_ABUNDANT);
    CHECK(classify_number(n) == c);
  }
  CHECK(aliquot_sum(0) == 0 && aliquot_sum(1) == 0);
  CHECK(classify_number(1) == NUM_DEFICIENT);
  CHECK(classify_number(6) == NUM_PERFECT);
  CHECK(classify_number(12) == NUM_ABUNDANT);
  CHECK(classify_number(945) == NUM_ABUNDANT); /* smallest odd abundant */
  CHECK(classify_number(33550336) == NUM_PERFECT);
  CHECK(classify_number(8589869056ull) == NUM_PERFECT);
  CHECK(classify_number(137438691328ull) == NUM_PERFECT);
  CHECK(classify_number(137438691329ull) != NUM_PERFECT);

  static const uint64_t pairs[][2] = {{220, 284}, {1184, 1210}, {2620, 2924}, {5020, 5564}, {6232, 6368}, {10744, 10856}};
  for (unsigned i = 0; i < 6; i++) {
    CHECK(is_amicable(pairs[i][0]) && is_amicable(pairs[i][1]));
    CHECK(aliquot_sum(pairs[i][0]) == pairs[i][1]);
  }
  CHECK(!is_amicable(6) && !is_amicable(28) && !is_amicable(1) && !is_amicable(0));
  unsigned amicable_below_10000 = 0;
  for (uint64_t n = 1; n < 10000; n++) amicable_below_10000 += is_amicable(n);
  CHECK(amicable_below_10000 == 10);

  uint64_t perf[8] = {0};
  uint32_t ab = 0;
  CHECK(scan_divisor_sums(100, perf, 8, &ab) == 2 && perf[0] == 6 && perf[1] == 28 && ab == 22);
  CHECK(scan_divisor_sums(99, perf, 8, &ab) == 2 && ab == 21);
  CHECK(scan_divisor_sums(10000, perf, 8, &ab) == 4 && ab == 2488);
  CHECK(perf[2] == 496 && perf[3] == 8128);
  perf[1] = 0;
  CHECK(scan_divisor_sums(10000, perf, 1, &ab) == 4 && perf[0] == 6 && perf[1] == 0);
  CHECK(scan_divisor_sums(1, perf, 8, &ab) == 0 && ab == 0);
  CHECK(scan_divisor_sums(0, perf, 8, &ab) == 0 && ab == 0);
  return 0;
}
