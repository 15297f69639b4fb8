#include "solution.h"

static int is_delim(char c, const char *delims) {
  for (const char *d = delims; *d; d++)
    if (*d == c) return 1;
  return 0;
}

size_t tokenize(const char *s, const char *delims, size_t *starts, size_t *lens, size_t max_tokens) {
  size_t count = 0, i = 0;
  for (;;) {
    while (s[i] && is_delim(s[i], delims)) i++;
    if (!s[i]) break;
    size_t begin = i;
    while (s[i] && !is_delim(s[i], delims)) i++;
    if (count < max_tokens) {
      starts[count] = begin;
      lens[count] = i - begin;
    }
    count++;
  }
  return count;
}

char *next_token(char **cursor, const char *delims) {
  char *p = *cursor;
  if (p == NULL) return NULL;
  while (*p && is_delim(*p, delims)) p++;
  if (!*p) {
    *cursor = p;
    return NULL;
  }
  char *tok = p;
  while (*p && !is_delim(*p, delims)) p++;
  if (*p) {
    *p = '\0';
    p++;
  }
  *cursor = p;
  return tok;
}

static int is_space(char c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
      return 1;
    default:
      return 0;
  }
}

size_t word_count(const char *s) {
  size_t words = 0;
  int in_word = 0;
  for (; *s; s++) {
    if (is_space(*s)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      words++;
    }
  }
  return words;
}

size_t longest_word(const char *s) {
  size_t best = 0, cur = 0;
  for (; *s; s++) {
    if (is_space(*s)) {
      cur = 0;
    } else {
      cur++;
      if (cur > best) best = cur;
    }
  }
  return best;
}
