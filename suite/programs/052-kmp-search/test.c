#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 777u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static size_t naive_all(const char *t, const char *p, size_t *out) {
  size_t n = strlen(t), m = strlen(p), c = 0;
  if (m == 0) return 0;
  for (size_t i = 0; i + m <= n; i++)
    if (memcmp(t + i, p, m) == 0) out[c++] = i;
  return c;
}

static size_t naive_period(const char *s) {
  size_t n = strlen(s);
  for (size_t k = 1; k <= n; k++) {
    size_t i = 0;
    while (i + k < n && s[i] == s[i + k]) i++;
    if (i + k >= n) return k;
  }
  return 0;
}

int main(void) {
  size_t pi[16];
  kmp_prefix("abcabd", 6, pi);
  const size_t e1[] = {0, 0, 0, 1, 2, 0};
  for (int i = 0; i < 6; i++) CHECK(pi[i] == e1[i]);
  kmp_prefix("aabaaab", 7, pi);
  const size_t e2[] = {0, 1, 0, 1, 2, 2, 3};
  for (int i = 0; i < 7; i++) CHECK(pi[i] == e2[i]);
  kmp_prefix("", 0, pi);

  CHECK(kmp_find("hello world", "world") == 6);
  CHECK(kmp_find("hello world", "") == 0);
  CHECK(kmp_find("", "") == 0);
  CHECK(kmp_find("", "a") == -1);
  CHECK(kmp_find("aaa", "aaaa") == -1);
  CHECK(kmp_find("abababc", "ababc") == 2);
  CHECK(kmp_find("mississippi", "issip") == 4);

  size_t out[256];
  CHECK(kmp_find_all("aaaa", "aa", out, 256) == 3);
  CHECK(out[0] == 0 && out[1] == 1 && out[2] == 2);
  CHECK(kmp_find_all("aaaa", "aa", out, 1) == 3);
  CHECK(kmp_find_all("aaaa", "", out, 256) == 0);
  CHECK(kmp_find_all("abc", "d", NULL, 0) == 0);

  CHECK(smallest_period("") == 0);
  CHECK(smallest_period("a") == 1);
  CHECK(smallest_period("abcabcab") == 3);
  CHECK(smallest_period("abcd") == 4);
  CHECK(smallest_period("aaaa") == 1);

  /* long pattern (heap path) */
  static char text[2048], pat[300];
  for (int i = 0; i < 2000; i++) text[i] = (char)('a' + (i % 7 == 6));
  text[2000] = '\0';
  memcpy(pat, text + 700, 280);
  pat[280] = '\0';
  size_t ref[2048];
  size_t rc = naive_all(text, pat, ref);
  CHECK(rc > 1);
  CHECK(kmp_find(text, pat) == (long)ref[0]);
  CHECK(kmp_find_all(text, pat, out, 256) == rc);
  for (size_t i = 0; i < rc && i < 256; i++) CHECK(out[i] == ref[i]);
  CHECK(smallest_period(text) == 7);

  static size_t got[2048];
  for (int iter = 0; iter < 3000; iter++) {
    char t[128], p[16];
    size_t n = rnd() % 120, m = rnd() % 8;
    unsigned sigma = rnd() % 3 + 1;
    for (size_t i = 0; i < n; i++) t[i] = (char)('a' + rnd() % sigma);
    t[n] = '\0';
    for (size_t i = 0; i < m; i++) p[i] = (char)('a' + rnd() % sigma);
    p[m] = '\0';
    rc = naive_all(t, p, ref);
    size_t max = rnd() % 130;
    CHECK(kmp_find_all(t, p, got, max) == rc);
    for (size_t i = 0; i < rc && i < max; i++) CHECK(got[i] == ref[i]);
    long f = kmp_find(t, p);
    if (m == 0) CHECK(f == 0);
    else if (rc == 0) CHECK(f == -1);
    else CHECK(f == (long)ref[0]);
    CHECK(f == (strstr(t, p) ? (long)(strstr(t, p) - t) : -1));
    CHECK(smallest_period(t) == naive_period(t));
  }
  return 0;
}
