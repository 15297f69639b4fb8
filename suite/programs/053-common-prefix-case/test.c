#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 99991u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

/* Reference LCP: pairwise with strncmp-style shrinking via binary search on length. */
static size_t ref_lcp(char strs[][40], size_t n, int nocase) {
  if (n == 0) return 0;
  size_t lo = 0, hi = strlen(strs[0]);
  for (size_t i = 1; i < n; i++) if (strlen(strs[i]) < hi) hi = strlen(strs[i]);
  while (lo < hi) {
    size_t mid = lo + (hi - lo + 1) / 2;
    int all = 1;
    for (size_t i = 1; i < n && all; i++)
      for (size_t k = 0; k < mid; k++) {
        int a = strs[0][k], b = strs[i][k];
        if (nocase) { a = tolower(a); b = tolower(b); }
        if (a != b) { all = 0; break; }
      }
    if (all) lo = mid; else hi = mid - 1;
  }
  return lo;
}

int main(void) {
  const char *a[] = {"flower", "flow", "flight"};
  CHECK(longest_common_prefix(a, 3) == 2);
  CHECK(longest_common_prefix(a, 2) == 4);
  CHECK(longest_common_prefix(a, 1) == 6);
  CHECK(longest_common_prefix(a, 0) == 0);
  const char *b[] = {"dog", "racecar", "car"};
  CHECK(longest_common_prefix(b, 3) == 0);
  const char *c[] = {"", "abc"};
  CHECK(longest_common_prefix(c, 2) == 0);
  const char *d[] = {"Prefix", "PREFIXED", "prefixes"};
  CHECK(longest_common_prefix(d, 3) == 0);
  CHECK(longest_common_prefix(d, 2) == 1);
  CHECK(longest_common_prefix_nocase(d, 3) == 6);
  CHECK(longest_common_prefix_nocase(d, 0) == 0);
  CHECK(longest_common_prefix_nocase(c, 2) == 0);

  char s[128];
  strcpy(s, "Hello, World 123!");
  to_upper_ascii(s);
  CHECK(strcmp(s, "HELLO, WORLD 123!") == 0);
  to_lower_ascii(s);
  CHECK(strcmp(s, "hello, world 123!") == 0);
  strcpy(s, "aBc-XyZ");
  swap_case_ascii(s);
  CHECK(strcmp(s, "AbC-xYz") == 0);
  strcpy(s, "hELLO wORLD's-end  x");
  to_title_ascii(s);
  CHECK(strcmp(s, "Hello World's-End  X") == 0);
  strcpy(s, "");
  to_title_ascii(s);
  CHECK(s[0] == '\0');
  strcpy(s, "3rd place");
  to_title_ascii(s);
  CHECK(strcmp(s, "3rd Place") == 0);

  strcpy(s, "snake_case_name");
  CHECK(snake_to_camel(s) == 13 && strcmp(s, "snakeCaseName") == 0);
  strcpy(s, "__private_var");
  CHECK(snake_to_camel(s) == 12 && strcmp(s, "__privateVar") == 0);
  strcpy(s, "a__b_");
  CHECK(snake_to_camel(s) == 2 && strcmp(s, "aB") == 0);
  strcpy(s, "");
  CHECK(snake_to_camel(s) == 0);
  strcpy(s, "nounderscore");
  CHECK(snake_to_camel(s) == 12 && strcmp(s, "nounderscore") == 0);

  for (int iter = 0; iter < 2000; iter++) {
    char strs[6][40];
    const char *ptrs[6];
    size_t n = rnd() % 6;
    size_t base_len = rnd() % 20;
    char base[40];
    for (size_t k = 0; k < base_len; k++) base[k] = "aAbB"[rnd() % 4];
    for (size_t i = 0; i < n; i++) {
      size_t len = rnd() % 25;
      for (size_t k = 0; k < len; k++)
        strs[i][k] = (k < base_len && rnd() % 8 != 0) ? base[k] : "aAbB"[rnd() % 4];
      strs[i][len] = '\0';
      ptrs[i] = strs[i];
    }
    CHECK(longest_common_prefix(ptrs, n) == ref_lcp(strs, n, 0));
    CHECK(longest_common_prefix_nocase(ptrs, n) == ref_lcp(strs, n, 1));

    char t[64], u[64];
    size_t len = rnd() % 60;
    for (size_t k = 0; k < len; k++) t[k] = (char)(32 + rnd() % 95);
    t[len] = '\0';
    strcpy(u, t);
    to_upper_ascii(u);
    for (size_t k = 0; k < len; k++) CHECK(u[k] == (char)toupper((unsigned char)t[k]));
    strcpy(u, t);
    to_lower_ascii(u);
    for (size_t k = 0; k < len; k++) CHECK(u[k] == (char)tolower((unsigned char)t[k]));
    strcpy(u, t);
    swap_case_ascii(u);
    swap_case_ascii(u);
    CHECK(strcmp(u, t) == 0);
    strcpy(u, t);
    to_title_ascii(u);
    for (size_t k = 0; k < len; k++) {
      int wc = isalnum((unsigned char)t[k]) || t[k] == '\'';
      int prev_wc = k > 0 && (isalnum((unsigned char)t[k - 1]) || t[k - 1] == '\'');
      if (!wc) CHECK(u[k] == t[k]);
      else if (prev_wc) CHECK(u[k] == (char)tolower((unsigned char)t[k]));
      else CHECK(u[k] == (char)toupper((unsigned char)t[k]));
    }
  }
  return 0;
}
