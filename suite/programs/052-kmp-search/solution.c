#include <stdlib.h>
#include "solution.h"

void kmp_prefix(const char *p, size_t m, size_t *pi) {
  if (m == 0) return;
  pi[0] = 0;
  size_t k = 0;
  for (size_t i = 1; i < m; i++) {
    while (k > 0 && p[i] != p[k]) k = pi[k - 1];
    if (p[i] == p[k]) k++;
    pi[i] = k;
  }
}

static size_t slen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

/* Runs KMP; calls back into out/max; stops after the first hit if first_only. */
static size_t search(const char *text, const char *pat, size_t *out, size_t max, int first_only,
                     long *first) {
  size_t m = slen(pat);
  *first = -1;
  if (m == 0) return 0;
  size_t stack_pi[64];
  size_t *pi = m <= 64 ? stack_pi : malloc(m * sizeof *pi);
  if (pi == NULL) return 0;
  kmp_prefix(pat, m, pi);
  size_t count = 0, k = 0;
  for (size_t i = 0; text[i]; i++) {
    while (k > 0 && text[i] != pat[k]) k = pi[k - 1];
    if (text[i] == pat[k]) k++;
    if (k == m) {
      size_t pos = i + 1 - m;
      if (count == 0) *first = (long)pos;
      if (count < max) out[count] = pos;
      count++;
      if (first_only) break;
      k = pi[k - 1];
    }
  }
  if (pi != stack_pi) free(pi);
  return count;
}

long kmp_find(const char *text, const char *pat) {
  if (*pat == '\0') return 0;
  long first;
  search(text, pat, NULL, 0, 1, &first);
  return first;
}

size_t kmp_find_all(const char *text, const char *pat, size_t *out, size_t max) {
  long first;
  return search(text, pat, out, max, 0, &first);
}

size_t smallest_period(const char *s) {
  size_t n = slen(s);
  if (n == 0) return 0;
  size_t *pi = malloc(n * sizeof *pi);
  if (pi == NULL) return n;
  kmp_prefix(s, n, pi);
  size_t period = n - pi[n - 1];
  free(pi);
  return period;
}
