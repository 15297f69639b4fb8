#include "solution.h"

static char up(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c; }
static char low(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

size_t longest_common_prefix(const char *const *strs, size_t n) {
  if (n == 0) return 0;
  size_t len = 0;
  for (;;) {
    char c = strs[0][len];
    if (c == '\0') return len;
    for (size_t i = 1; i < n; i++)
      if (strs[i][len] != c) return len;
    len++;
  }
}

size_t longest_common_prefix_nocase(const char *const *strs, size_t n) {
  if (n == 0) return 0;
  size_t len = 0;
  while (strs[0][len] != '\0') len++;
  for (size_t i = 1; i < n && len > 0; i++) {
    size_t k = 0;
    while (k < len && strs[i][k] != '\0' && low(strs[i][k]) == low(strs[0][k])) k++;
    len = k;
  }
  return len;
}

void to_upper_ascii(char *s) {
  for (; *s; s++) *s = up(*s);
}

void to_lower_ascii(char *s) {
  for (; *s; s++) *s = low(*s);
}

void swap_case_ascii(char *s) {
  for (; *s; s++) {
    char c = *s;
    *s = c >= 'a' && c <= 'z' ? up(c) : low(c);
  }
}

static int word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
}

void to_title_ascii(char *s) {
  int in_word = 0;
  for (; *s; s++) {
    if (!word_char(*s)) {
      in_word = 0;
      continue;
    }
    *s = in_word ? low(*s) : up(*s);
    in_word = 1;
  }
}

size_t snake_to_camel(char *s) {
  size_t r = 0, w = 0;
  while (s[r] == '_') s[w++] = s[r++];
  int upper_next = 0;
  for (; s[r]; r++) {
    if (s[r] == '_') {
      upper_next = 1;
      continue;
    }
    s[w++] = upper_next ? up(s[r]) : s[r];
    upper_next = 0;
  }
  s[w] = '\0';
  return w;
}
