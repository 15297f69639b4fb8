#include <math.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 777777u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define MAXN 3000
static int cmp_u8(const void *x, const void *y) { return (int)*(const uint8_t *)x - (int)*(const uint8_t *)y; }
static uint8_t data[MAXN];
static int32_t vals[MAXN];

int main(void) {
  uint32_t counts[256];
  byte_histogram(NULL, 0, counts);
  for (int b = 0; b < 256; b++) CHECK(counts[b] == 0);
  const uint8_t s[] = "hello world";
  byte_histogram(s, 11, counts);
  CHECK(counts['l'] == 3 && counts['o'] == 2 && counts[' '] == 1 && counts['z'] == 0);
  CHECK(byte_mode(s, 11) == 'l');
  CHECK(byte_mode(NULL, 0) == 0);
  const uint8_t tie[] = {9, 3, 9, 3};
  CHECK(byte_mode(tie, 4) == 3);
  CHECK(byte_quantile(tie, 4, 1) == 3 && byte_quantile(tie, 4, 2) == 3 && byte_quantile(tie, 4, 3) == 9);
  CHECK_NEAR(byte_entropy(tie, 4), 1.0, 1e-12);
  CHECK_NEAR(byte_entropy(s, 0), 0.0, 1e-12);
  uint8_t all[256];
  for (int b = 0; b < 256; b++) all[b] = (uint8_t)b;
  CHECK_NEAR(byte_entropy(all, 256), 8.0, 1e-12);
  uint8_t lut[256];
  equalize_lut(all, 256, lut);
  for (int b = 0; b < 256; b++) CHECK(lut[b] == (uint8_t)((255 * (b + 1) + 128) / 256));
  CHECK(lut[255] == 255);

  uint32_t bins[16], under, over;
  const int32_t iv[] = {-5, 0, 9, 10, 99, 100, 1000, INT32_MIN, INT32_MAX};
  int_histogram(iv, 9, 0, 100, bins, 10, &under, &over);
  CHECK(under == 2 && over == 3);
  CHECK(bins[0] == 2 && bins[1] == 1 && bins[9] == 1);
  int_histogram(iv, 9, INT32_MIN, INT32_MAX, bins, 4, &under, &over);
  CHECK(under == 0 && over == 1);
  CHECK(bins[0] == 1 && bins[1] == 1 && bins[2] == 6 && bins[3] == 0);

  for (int iter = 0; iter < 120; iter++) {
    size_t n = iter < 20 ? (size_t)iter : rnd() % MAXN;
    unsigned spread = iter % 2 ? 256 : rnd() % 16 + 1;
    for (size_t i = 0; i < n; i++) data[i] = (uint8_t)(rnd() % spread * (256 / spread));
    byte_histogram(data, n, counts);
    /* reference: sort a copy and measure the run of each value */
    static uint8_t sorted[MAXN];
    memcpy(sorted, data, n);
    qsort(sorted, n, 1, cmp_u8);
    uint32_t total = 0;
    size_t pos = 0;
    for (int b = 0; b < 256; b++) {
      uint32_t c = 0;
      while (pos < n && sorted[pos] == b) { pos++; c++; }
      CHECK(counts[b] == c);
      total += counts[b];
    }
    CHECK(total == n && pos == n);
    if (n) {
      uint8_t mode = byte_mode(data, n);
      for (int b = 0; b < 256; b++) {
        CHECK(counts[b] <= counts[mode]);
        if (b < mode) CHECK(counts[b] < counts[mode]);
      }
      size_t q = rnd() % n + 1;
      uint8_t qb = byte_quantile(data, n, q);
      size_t le = 0, lt = 0;
      for (size_t i = 0; i < n; i++) { le += data[i] <= qb; lt += data[i] < qb; }
      CHECK(le >= q && lt < q);
      double h = 0.0;
      for (int b = 0; b < 256; b++)
        if (counts[b]) h += (double)counts[b] / (double)n * log((double)n / (double)counts[b]);
      CHECK_NEAR(byte_entropy(data, n), h / log(2.0), 1e-9);
      equalize_lut(data, n, lut);
      for (int b = 1; b < 256; b++) CHECK(lut[b] >= lut[b - 1]);
      CHECK(lut[255] == 255);
    }

    int32_t lo = (int32_t)(rnd() % 2001) - 1000;
    int32_t hi = lo + 1 + (int32_t)(rnd() % 3000);
    size_t nb = rnd() % 16 + 1;
    for (size_t i = 0; i < n; i++) vals[i] = (int32_t)(rnd() % 6001) - 3000;
    int_histogram(vals, n, lo, hi, bins, nb, &under, &over);
    uint32_t ref[16] = {0}, ru = 0, ro = 0;
    for (size_t i = 0; i < n; i++) {
      if (vals[i] < lo) { ru++; continue; }
      if (vals[i] >= hi) { ro++; continue; }
      /* reference: find the bin by scanning edges lo + k*(hi-lo)/nbins (exact rational compare) */
      size_t k = 0;
      while (k + 1 < nb && (int64_t)(vals[i] - lo) * (int64_t)nb >= (int64_t)(k + 1) * (hi - lo)) k++;
      ref[k]++;
    }
    CHECK(under == ru && over == ro);
    for (size_t k = 0; k < nb; k++) CHECK(bins[k] == ref[k]);
  }
  return 0;
}
