#include <string.h>
#include <stdint.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 2463534242u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

/* Reference: reverse through a second buffer with indices. */
static void ref_reverse(const char *in, char *out) {
  size_t n = strlen(in);
  for (size_t i = 0; i < n; i++) out[i] = in[n - 1 - i];
  out[n] = '\0';
}

/* Reference word reversal: collect tokens (with their positions) and rebuild
 * the mirrored layout character by character. */
static void ref_reverse_words(const char *in, char *out) {
  size_t n = strlen(in);
  /* mirrored layout: position i of output corresponds to position n-1-i of input;
   * inside a word, letters keep their left-to-right order. */
  size_t i = 0;
  while (i < n) {
    if (in[i] == ' ') {
      out[n - 1 - i] = ' ';
      i++;
      continue;
    }
    size_t j = i;
    while (j < n && in[j] != ' ') j++;
    size_t len = j - i;
    size_t dst = n - j; /* mirrored start */
    for (size_t k = 0; k < len; k++) out[dst + k] = in[i + k];
    i = j;
  }
  out[n] = '\0';
}

int main(void) {
  char buf[128];
  str_reverse(NULL);
  reverse_words(NULL);

  strcpy(buf, "");
  str_reverse(buf);
  CHECK(strcmp(buf, "") == 0);
  strcpy(buf, "a");
  str_reverse(buf);
  CHECK(strcmp(buf, "a") == 0);
  strcpy(buf, "ab");
  str_reverse(buf);
  CHECK(strcmp(buf, "ba") == 0);
  strcpy(buf, "hello, world");
  str_reverse(buf);
  CHECK(strcmp(buf, "dlrow ,olleh") == 0);
  strcpy(buf, "racecar");
  str_reverse(buf);
  CHECK(strcmp(buf, "racecar") == 0);

  strcpy(buf, "the quick brown fox");
  reverse_words(buf);
  CHECK(strcmp(buf, "fox brown quick the") == 0);
  strcpy(buf, "  ab cd");
  reverse_words(buf);
  CHECK(strcmp(buf, "cd ab  ") == 0);
  strcpy(buf, "single");
  reverse_words(buf);
  CHECK(strcmp(buf, "single") == 0);
  strcpy(buf, "   ");
  reverse_words(buf);
  CHECK(strcmp(buf, "   ") == 0);
  strcpy(buf, "");
  reverse_words(buf);
  CHECK(strcmp(buf, "") == 0);
  strcpy(buf, "a  b   c");
  reverse_words(buf);
  CHECK(strcmp(buf, "c   b  a") == 0);

  char small[4];
  CHECK(reverse_copy("abcdef", small, sizeof small) == 6);
  CHECK(strcmp(small, "fed") == 0);
  CHECK(reverse_copy("xy", small, sizeof small) == 2);
  CHECK(strcmp(small, "yx") == 0);
  small[0] = 'Q';
  CHECK(reverse_copy("xyz", small, 0) == 3);
  CHECK(small[0] == 'Q');
  CHECK(reverse_copy("xyz", small, 1) == 3);
  CHECK(small[0] == '\0');
  CHECK(reverse_copy("", small, 4) == 0 && small[0] == '\0');

  static const char alphabet[] = "ab c";
  for (int iter = 0; iter < 3000; iter++) {
    size_t n = rnd() % 100;
    char s[128], expect[128], got[128];
    for (size_t i = 0; i < n; i++) s[i] = alphabet[rnd() % 4];
    s[n] = '\0';
    ref_reverse(s, expect);
    strcpy(got, s);
    str_reverse(got);
    CHECK(strcmp(got, expect) == 0);
    str_reverse(got);
    CHECK(strcmp(got, s) == 0);
    CHECK(reverse_copy(s, got, sizeof got) == n);
    CHECK(strcmp(got, expect) == 0);
    size_t cap = rnd() % 20 + 1;
    CHECK(reverse_copy(s, got, cap) == n);
    CHECK(strlen(got) == (n < cap - 1 ? n : cap - 1));
    CHECK(strncmp(got, expect, cap - 1) == 0);

    ref_reverse_words(s, expect);
    strcpy(got, s);
    reverse_words(got);
    CHECK(strcmp(got, expect) == 0);
    reverse_words(got);
    CHECK(strcmp(got, s) == 0);
  }
  return 0;
}
