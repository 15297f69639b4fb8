#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 88172645u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static int ref_is_pal(const char *s, size_t from, size_t len) {
  for (size_t k = 0; k < len / 2; k++)
    if (s[from + k] != s[from + len - 1 - k]) return 0;
  return 1;
}

static int ref_alnum_pal(const char *s) {
  char clean[256];
  size_t m = 0;
  for (size_t i = 0; s[i]; i++)
    if (isalnum((unsigned char)s[i])) clean[m++] = (char)tolower((unsigned char)s[i]);
  return ref_is_pal(clean, 0, m);
}

static int ref_num_pal(long long n) {
  if (n < 0) return 0;
  char b[32];
  snprintf(b, sizeof b, "%lld", n);
  return ref_is_pal(b, 0, strlen(b));
}

int main(void) {
  CHECK(!is_palindrome_alnum(NULL));
  CHECK(is_palindrome_alnum(""));
  CHECK(is_palindrome_alnum("a"));
  CHECK(is_palindrome_alnum("A man, a plan, a canal: Panama"));
  CHECK(is_palindrome_alnum("No 'x' in Nixon"));
  CHECK(!is_palindrome_alnum("race a car"));
  CHECK(is_palindrome_alnum(",.;!"));
  CHECK(is_palindrome_alnum("0P0"));
  CHECK(!is_palindrome_alnum("0P"));
  CHECK(is_palindrome_alnum("Ab1 1bA"));

  size_t st = 99;
  CHECK(longest_palindrome("", &st) == 0 && st == 0);
  CHECK(longest_palindrome("x", &st) == 1 && st == 0);
  CHECK(longest_palindrome("babad", &st) == 3 && st == 0);
  CHECK(longest_palindrome("cbbd", &st) == 2 && st == 1);
  CHECK(longest_palindrome("forgeeksskeegfor", &st) == 10 && st == 3);
  CHECK(longest_palindrome("abcde", &st) == 1 && st == 0);
  CHECK(longest_palindrome("aaaa", NULL) == 4);

  CHECK(count_palindromic_substrings("") == 0);
  CHECK(count_palindromic_substrings("abc") == 3);
  CHECK(count_palindromic_substrings("aaa") == 6);

  CHECK(is_palindrome_number(0));
  CHECK(is_palindrome_number(7));
  CHECK(is_palindrome_number(121));
  CHECK(is_palindrome_number(1234554321LL));
  CHECK(!is_palindrome_number(10));
  CHECK(!is_palindrome_number(-121));
  CHECK(!is_palindrome_number(LLONG_MAX));
  CHECK(!is_palindrome_number(LLONG_MIN));
  CHECK(is_palindrome_number(922337203302733229LL));
  for (long long v = 0; v < 20000; v++) CHECK(is_palindrome_number(v) == ref_num_pal(v));
  for (int i = 0; i < 2000; i++) {
    long long v = (long long)(((uint64_t)rnd() << 31) ^ rnd());
    CHECK(is_palindrome_number(v) == ref_num_pal(v));
    /* build a palindrome of up to 18 digits */
    char b[40];
    int half = (int)(rnd() % 9) + 1;
    for (int k = 0; k < half; k++) b[k] = (char)('0' + (k == 0 ? rnd() % 9 + 1 : rnd() % 10));
    int odd = (int)(rnd() % 2);
    int len = 2 * half - odd;
    for (int k = half; k < len; k++) b[k] = b[len - 1 - k];
    b[len] = '\0';
    long long p = strtoll(b, NULL, 10);
    CHECK(is_palindrome_number(p));
  }

  static const char pool[] = "aAb,1 ";
  for (int iter = 0; iter < 2000; iter++) {
    char s[64];
    size_t n = rnd() % 40;
    for (size_t i = 0; i < n; i++) s[i] = pool[rnd() % (iter % 2 ? 2 : 6)];
    s[n] = '\0';
    CHECK(is_palindrome_alnum(s) == (ref_alnum_pal(s) != 0));

    /* brute force longest palindrome with earliest start, and count */
    size_t best = 0, best_start = 0, count = 0;
    for (size_t a = 0; a < n; a++)
      for (size_t len = 1; a + len <= n; len++)
        if (ref_is_pal(s, a, len)) {
          count++;
          if (len > best) { best = len; best_start = a; }
        }
    /* earliest start among maximal: scan starts in order, first with length best */
    for (size_t a = 0; a + best <= n && best > 0; a++)
      if (ref_is_pal(s, a, best)) { best_start = a; break; }
    size_t got_start = 1234;
    CHECK(longest_palindrome(s, &got_start) == best);
    CHECK(got_start == best_start);
    CHECK(count_palindromic_substrings(s) == count);
  }
  return 0;
}
