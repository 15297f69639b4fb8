#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 1234567u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

/* Reference: a token starts at i if s[i] is not a delimiter and i == 0 or s[i-1] is one. */
static size_t ref_tokens(const char *s, const char *delims, size_t *starts, size_t *lens) {
  size_t n = strlen(s), c = 0;
  for (size_t i = 0; i < n; i++) {
    int d = strchr(delims, s[i]) != NULL;
    int prev_d = i == 0 || strchr(delims, s[i - 1]) != NULL;
    if (!d && prev_d) {
      starts[c] = i;
      lens[c] = strcspn(s + i, delims);
      c++;
    }
  }
  return c;
}

int main(void) {
  size_t st[16], ln[16];
  CHECK(tokenize("", ",", st, ln, 16) == 0);
  CHECK(tokenize(",,,", ",", st, ln, 16) == 0);
  CHECK(tokenize("abc", ",", st, ln, 16) == 1 && st[0] == 0 && ln[0] == 3);
  CHECK(tokenize("a,bb,,ccc,", ",", st, ln, 16) == 3);
  CHECK(st[0] == 0 && ln[0] == 1 && st[1] == 2 && ln[1] == 2 && st[2] == 6 && ln[2] == 3);
  CHECK(tokenize("x y;z", " ;", st, ln, 2) == 3);
  CHECK(st[1] == 2 && ln[1] == 1);
  CHECK(tokenize("x y;z", " ;", NULL, NULL, 0) == 3);
  CHECK(tokenize("no delims here", "", st, ln, 16) == 1 && ln[0] == 14);

  char line[] = "  GET /index.html  HTTP/1.1\r\n";
  char *cur = line;
  char *t1 = next_token(&cur, " \r\n");
  char *t2 = next_token(&cur, " \r\n");
  char *t3 = next_token(&cur, " \r\n");
  CHECK(t1 && strcmp(t1, "GET") == 0);
  CHECK(t2 && strcmp(t2, "/index.html") == 0);
  CHECK(t3 && strcmp(t3, "HTTP/1.1") == 0);
  CHECK(next_token(&cur, " \r\n") == NULL);
  CHECK(next_token(&cur, " \r\n") == NULL);
  char *nullcur = NULL;
  CHECK(next_token(&nullcur, ",") == NULL);
  char kv[] = "key=value=more";
  cur = kv;
  CHECK(strcmp(next_token(&cur, "="), "key") == 0);
  CHECK(strcmp(next_token(&cur, ""), "value=more") == 0);
  CHECK(next_token(&cur, "=") == NULL);

  CHECK(word_count("") == 0);
  CHECK(word_count("   \t\n") == 0);
  CHECK(word_count("hello") == 1);
  CHECK(word_count(" hello  world ") == 2);
  CHECK(word_count("one\ttwo\nthree\r\nfour\vfive\fsix") == 6);
  CHECK(longest_word("") == 0);
  CHECK(longest_word("a bb ccc dd") == 3);
  CHECK(longest_word("  abcdefgh") == 8);

  static const char pool[] = "ab, ;\t\n";
  for (int iter = 0; iter < 3000; iter++) {
    char s[80], copy[80];
    size_t n = rnd() % 70;
    for (size_t i = 0; i < n; i++) s[i] = pool[rnd() % 7];
    s[n] = '\0';
    size_t rs[80], rl[80], gs[80], gl[80];
    size_t rc = ref_tokens(s, ", ;", rs, rl);
    size_t max = rnd() % 40;
    size_t gc = tokenize(s, ", ;", gs, gl, max);
    CHECK(gc == rc);
    for (size_t k = 0; k < rc && k < max; k++) CHECK(gs[k] == rs[k] && gl[k] == rl[k]);

    strcpy(copy, s);
    cur = copy;
    size_t k = 0;
    char *tok;
    while ((tok = next_token(&cur, ", ;")) != NULL) {
      CHECK(k < rc);
      CHECK(tok == copy + rs[k]);
      CHECK(strlen(tok) == rl[k]);
      CHECK(strncmp(tok, s + rs[k], rl[k]) == 0);
      k++;
    }
    CHECK(k == rc);

    /* words: whitespace only, reference via isspace */
    size_t words = 0, longest = 0, cur_len = 0;
    for (size_t i = 0; i < n; i++) {
      if (isspace((unsigned char)s[i])) {
        cur_len = 0;
      } else {
        if (cur_len == 0) words++;
        cur_len++;
        if (cur_len > longest) longest = cur_len;
      }
    }
    CHECK(word_count(s) == words);
    CHECK(longest_word(s) == longest);
  }
  return 0;
}
