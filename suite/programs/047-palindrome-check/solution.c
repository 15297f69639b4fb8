#include "solution.h"

static int fold(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c;
  return -1;
}

bool is_palindrome_alnum(const char *s) {
  if (s == NULL) return false;
  size_t n = 0;
  while (s[n]) n++;
  if (n == 0) return true;
  size_t i = 0, j = n - 1;
  while (i < j) {
    int a = fold(s[i]);
    if (a < 0) { i++; continue; }
    int b = fold(s[j]);
    if (b < 0) { j--; continue; }
    if (a != b) return false;
    i++;
    j--;
  }
  return true;
}

/* Expands around [l, r] and returns the length of the maximal palindrome. */
static size_t expand(const char *s, size_t n, size_t l, size_t r, size_t *from) {
  if (r >= n || s[l] != s[r]) {
    *from = l + 1;
    return 0;
  }
  while (l > 0 && r + 1 < n && s[l - 1] == s[r + 1]) {
    l--;
    r++;
  }
  *from = l;
  return r - l + 1;
}

size_t longest_palindrome(const char *s, size_t *start) {
  size_t n = 0;
  while (s[n]) n++;
  size_t best = 0, best_start = 0;
  for (size_t i = 0; i < n; i++) {
    size_t from;
    size_t len = expand(s, n, i, i, &from);
    if (len > best) { best = len; best_start = from; }
    len = expand(s, n, i, i + 1, &from);
    if (len > best) { best = len; best_start = from; }
  }
  if (start) *start = best_start;
  return best;
}

bool is_palindrome_number(long long n) {
  if (n < 0) return false;
  unsigned long long v = (unsigned long long)n;
  unsigned char digits[20];
  size_t k = 0;
  do {
    digits[k++] = (unsigned char)(v % 10u);
    v /= 10u;
  } while (v != 0);
  for (size_t i = 0; i < k / 2; i++)
    if (digits[i] != digits[k - 1 - i]) return false;
  return true;
}

size_t count_palindromic_substrings(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  size_t total = 0;
  for (size_t c = 0; c + 1 < 2 * n + 1; c++) {
    size_t l = c / 2, r = l + c % 2;
    while (r < n && s[l] == s[r]) {
      total++;
      if (l == 0) break;
      l--;
      r++;
    }
  }
  return total;
}
