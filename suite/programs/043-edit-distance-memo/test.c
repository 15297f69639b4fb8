#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x6A09E667F3BCC908ull;
static uint64_t next_u64(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

/* bottom-up references with two rolling rows */
static size_t ref_edit(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b), prev[201], cur[201];
  for (size_t j = 0; j <= lb; j++) prev[j] = j;
  for (size_t i = 1; i <= la; i++) {
    cur[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t best = prev[j - 1] + (a[i - 1] != b[j - 1]);
      if (prev[j] + 1 < best) best = prev[j] + 1;
      if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
      cur[j] = best;
    }
    memcpy(prev, cur, (lb + 1) * sizeof prev[0]);
  }
  return prev[lb];
}

static size_t ref_lcs(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b), prev[201] = {0}, cur[201];
  for (size_t i = 1; i <= la; i++) {
    cur[0] = 0;
    for (size_t j = 1; j <= lb; j++) {
      if (a[i - 1] == b[j - 1]) cur[j] = prev[j - 1] + 1;
      else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
    }
    memcpy(prev, cur, (lb + 1) * sizeof prev[0]);
  }
  return prev[lb];
}

static int is_subsequence(const char *sub, const char *s) {
  while (*sub && *s) {
    if (*sub == *s) sub++;
    s++;
  }
  return *sub == '\0';
}

static void random_string(char *s, size_t len, unsigned alphabet) {
  for (size_t i = 0; i < len; i++) s[i] = (char)('a' + (int)(next_u64() % alphabet));
  s[len] = '\0';
}

int main(void) {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("flaw", "lawn") == 2);
  CHECK(edit_distance("intention", "execution") == 5);
  CHECK(edit_distance("same", "same") == 0);
  CHECK(lcs_length("ABCBDAB", "BDCABA") == 4);
  CHECK(lcs_length("AGGTAB", "GXTXAYB") == 4);
  CHECK(lcs_length("", "abc") == 0);
  CHECK(lcs_length("abc", "def") == 0);
  char out[202];
  CHECK(lcs_string("AGGTAB", "GXTXAYB", out) == 4 && strcmp(out, "GTAB") == 0);
  CHECK(lcs_string("", "x", out) == 0 && out[0] == '\0');
  CHECK(min_deletions_palindrome("") == 0);
  CHECK(min_deletions_palindrome("a") == 0);
  CHECK(min_deletions_palindrome("racecar") == 0);
  CHECK(min_deletions_palindrome("abcda") == 2);
  CHECK(min_deletions_palindrome("geeksforgeeks") == 8);
  char longs[202];
  memset(longs, 'x', 201);
  longs[201] = '\0';
  CHECK(edit_distance(longs, "x") == (size_t)-1);
  CHECK(lcs_length("x", longs) == (size_t)-1);
  longs[200] = '\0';
  CHECK(edit_distance(longs, "") == 200);
  CHECK(lcs_length(longs, longs) == 200);
  CHECK(min_deletions_palindrome(longs) == 0);

  char a[201], b[201], r[201];
  for (int t = 0; t < 150; t++) {
    size_t la = (size_t)(next_u64() % (t < 146 ? 40 : 201)), lb = (size_t)(next_u64() % (t < 146 ? 40 : 201));
    unsigned alpha = 2 + (unsigned)(next_u64() % 5);
    random_string(a, la, alpha);
    random_string(b, lb, alpha);
    size_t ed = edit_distance(a, b), l = lcs_length(a, b);
    CHECK(ed == ref_edit(a, b));
    CHECK(l == ref_lcs(a, b));
    CHECK(edit_distance(b, a) == ed);              /* symmetric */
    CHECK(ed <= (la > lb ? la : lb));              /* bounds */
    CHECK(ed >= (la > lb ? la - lb : lb - la));
    CHECK(ed <= la + lb - 2 * l);                  /* indel distance bounds edit distance */
    CHECK(lcs_string(a, b, out) == l && strlen(out) == l);
    CHECK(is_subsequence(out, a) && is_subsequence(out, b));
    /* palindrome deletions == n - LCS(s, reverse(s)) */
    for (size_t i = 0; i < la; i++) r[i] = a[la - 1 - i];
    r[la] = '\0';
    CHECK(min_deletions_palindrome(a) == la - ref_lcs(a, r));
  }
  return 0;
}
