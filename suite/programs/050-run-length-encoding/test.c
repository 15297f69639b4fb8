#include <stdio.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 0xDEADBEEFu;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

/* Reference text encoder using snprintf for the counts. */
static void ref_text_encode(const char *s, char *out) {
  size_t o = 0, n = strlen(s);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && s[j] == s[i]) j++;
    out[o++] = s[i];
    if (j - i > 1) o += (size_t)snprintf(out + o, 24, "%zu", j - i);
    i = j;
  }
  out[o] = '\0';
}

/* Reference: number of binary runs when runs are capped at 255. */
static size_t ref_pairs(const uint8_t *s, size_t n) {
  size_t pairs = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && s[j] == s[i]) j++;
    pairs += (j - i + 254) / 255;
    i = j;
  }
  return pairs;
}

int main(void) {
  uint8_t enc[4096], dec[2048];
  const uint8_t a[] = {1, 1, 1, 2, 3, 3};
  CHECK(rle_encode(a, 6, enc, sizeof enc) == 6);
  const uint8_t expect_a[] = {3, 1, 1, 2, 2, 3};
  CHECK(memcmp(enc, expect_a, 6) == 0);
  CHECK(rle_encode(a, 0, enc, 0) == 0);
  CHECK(rle_encode(a, 6, enc, 5) == RLE_ERROR);
  CHECK(rle_encode(a, 6, enc, 1) == RLE_ERROR);
  CHECK(rle_decode(expect_a, 6, dec, sizeof dec) == 6 && memcmp(dec, a, 6) == 0);
  CHECK(rle_decode(expect_a, 5, dec, sizeof dec) == RLE_ERROR);
  CHECK(rle_decode(expect_a, 6, dec, 5) == RLE_ERROR);
  const uint8_t zero_run[] = {0, 7};
  CHECK(rle_decode(zero_run, 2, dec, sizeof dec) == RLE_ERROR);

  uint8_t big[600];
  memset(big, 0xAB, sizeof big);
  CHECK(rle_encode(big, 600, enc, sizeof enc) == 6);
  CHECK(enc[0] == 255 && enc[2] == 255 && enc[4] == 90 && enc[5] == 0xAB);
  CHECK(rle_decode(enc, 6, dec, sizeof dec) == 600 && memcmp(dec, big, 600) == 0);

  char t[256], r[256];
  CHECK(rle_text_encode("", t) == 0 && strcmp(t, "") == 0);
  CHECK(rle_text_encode("aaabcc", t) == 5 && strcmp(t, "a3bc2") == 0);
  CHECK(rle_text_encode("abc", t) == 3 && strcmp(t, "abc") == 0);
  CHECK(rle_text_encode("zzzzzzzzzzzz", t) == 3 && strcmp(t, "z12") == 0);
  CHECK(rle_text_decode("a3bc2", r, sizeof r) == 6 && strcmp(r, "aaabcc") == 0);
  CHECK(rle_text_decode("", r, sizeof r) == 0 && r[0] == '\0');
  CHECK(rle_text_decode("3a", r, sizeof r) == RLE_ERROR);
  CHECK(rle_text_decode("a0", r, sizeof r) == RLE_ERROR);
  CHECK(rle_text_decode("a05", r, sizeof r) == RLE_ERROR);
  CHECK(rle_text_decode("a5", r, 5) == RLE_ERROR);
  CHECK(rle_text_decode("a5", r, 6) == 5);
  CHECK(rle_text_decode("a99999999999999999999999", r, sizeof r) == RLE_ERROR);
  CHECK(rle_text_decode("ab", r, 0) == RLE_ERROR);

  for (int iter = 0; iter < 1500; iter++) {
    size_t n = rnd() % 2000;
    unsigned alphabet = rnd() % 3 + 1;
    uint8_t src[2000];
    for (size_t i = 0; i < n; i++) {
      /* long runs: change value rarely */
      if (i == 0 || rnd() % 64 == 0) src[i] = (uint8_t)(rnd() % alphabet * 85);
      else src[i] = src[i - 1];
    }
    size_t pairs = ref_pairs(src, n);
    size_t e = rle_encode(src, n, enc, sizeof enc);
    CHECK(e == 2 * pairs);
    for (size_t k = 0; k < e; k += 2) CHECK(enc[k] >= 1);
    for (size_t k = 2; k < e; k += 2) CHECK(enc[k + 1] != enc[k - 1] || enc[k - 2] == 255);
    CHECK(rle_decode(enc, e, dec, sizeof dec) == n);
    CHECK(memcmp(dec, src, n) == 0);
    if (e >= 2) CHECK(rle_encode(src, n, enc, e - 1) == RLE_ERROR);
    if (n >= 1) CHECK(rle_decode(enc, e, dec, n - 1) == RLE_ERROR);

    char s[120], ref[256];
    size_t m = rnd() % 100;
    for (size_t i = 0; i < m; i++) s[i] = (i == 0 || rnd() % 4 == 0) ? (char)('a' + rnd() % 3) : s[i - 1];
    s[m] = '\0';
    ref_text_encode(s, ref);
    CHECK(rle_text_encode(s, t) == strlen(ref));
    CHECK(strcmp(t, ref) == 0);
    CHECK(rle_text_decode(t, r, sizeof r) == m);
    CHECK(strcmp(r, s) == 0);
    CHECK(rle_text_decode(t, r, m + 1) == m);
    if (m > 0) CHECK(rle_text_decode(t, r, m) == RLE_ERROR);
  }
  return 0;
}
