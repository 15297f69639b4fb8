#include "solution.h"

static void reverse_range(char *lo, char *hi) {
  /* reverses [lo, hi) */
  while (lo < hi) {
    hi--;
    if (lo == hi) break;
    char t = *lo;
    *lo = *hi;
    *hi = t;
    lo++;
  }
}

static size_t my_strlen(const char *s) {
  size_t n = 0;
  while (s[n] != '\0') n++;
  return n;
}

void str_reverse(char *s) {
  if (s == NULL) return;
  reverse_range(s, s + my_strlen(s));
}

void reverse_words(char *s) {
  if (s == NULL) return;
  size_t n = my_strlen(s);
  reverse_range(s, s + n);
  size_t i = 0;
  while (i < n) {
    while (i < n && s[i] == ' ') i++;
    size_t start = i;
    while (i < n && s[i] != ' ') i++;
    reverse_range(s + start, s + i);
  }
}

size_t reverse_copy(const char *src, char *dst, size_t cap) {
  size_t n = my_strlen(src);
  if (cap == 0) return n;
  size_t out = n < cap - 1 ? n : cap - 1;
  for (size_t k = 0; k < out; k++) dst[k] = src[n - 1 - k];
  dst[out] = '\0';
  return n;
}
