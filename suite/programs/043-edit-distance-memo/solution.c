#include "solution.h"
#include <stdlib.h>
#include <string.h>

#define MAXLEN 200
#define UNKNOWN ((size_t)-1)

typedef struct {
  const char *a, *b;
  size_t la, lb;
  size_t *memo; /* (la+1) x (lb+1) */
} memo2;

static size_t *cell(memo2 *m, size_t i, size_t j) { return &m->memo[i * (m->lb + 1) + j]; }

static int memo_init(memo2 *m, const char *a, const char *b) {
  m->a = a;
  m->b = b;
  m->la = strlen(a);
  m->lb = strlen(b);
  if (m->la > MAXLEN || m->lb > MAXLEN) return -1;
  size_t n = (m->la + 1) * (m->lb + 1);
  m->memo = malloc(n * sizeof *m->memo);
  if (m->memo == NULL) return -1;
  for (size_t i = 0; i < n; i++) m->memo[i] = UNKNOWN;
  return 0;
}

static size_t min3(size_t x, size_t y, size_t z) {
  size_t m = x < y ? x : y;
  return m < z ? m : z;
}

/* distance between suffixes a[i..] and b[j..] */
static size_t ed_rec(memo2 *m, size_t i, size_t j) {
  if (i == m->la) return m->lb - j;
  if (j == m->lb) return m->la - i;
  size_t *c = cell(m, i, j);
  if (*c != UNKNOWN) return *c;
  size_t r;
  if (m->a[i] == m->b[j])
    r = ed_rec(m, i + 1, j + 1);
  else
    r = 1 + min3(ed_rec(m, i + 1, j), ed_rec(m, i, j + 1), ed_rec(m, i + 1, j + 1));
  *c = r;
  return r;
}

size_t edit_distance(const char *a, const char *b) {
  memo2 m;
  if (memo_init(&m, a, b) != 0) return UNKNOWN;
  size_t r = ed_rec(&m, 0, 0);
  free(m.memo);
  return r;
}

static size_t lcs_rec(memo2 *m, size_t i, size_t j) {
  if (i == m->la || j == m->lb) return 0;
  size_t *c = cell(m, i, j);
  if (*c != UNKNOWN) return *c;
  size_t r;
  if (m->a[i] == m->b[j]) {
    r = 1 + lcs_rec(m, i + 1, j + 1);
  } else {
    size_t x = lcs_rec(m, i + 1, j), y = lcs_rec(m, i, j + 1);
    r = x > y ? x : y;
  }
  *c = r;
  return r;
}

size_t lcs_length(const char *a, const char *b) {
  memo2 m;
  if (memo_init(&m, a, b) != 0) return UNKNOWN;
  size_t r = lcs_rec(&m, 0, 0);
  free(m.memo);
  return r;
}

size_t lcs_string(const char *a, const char *b, char *out) {
  memo2 m;
  if (memo_init(&m, a, b) != 0) return UNKNOWN;
  size_t len = lcs_rec(&m, 0, 0), k = 0, i = 0, j = 0;
  while (i < m.la && j < m.lb) {
    if (a[i] == b[j]) {
      out[k++] = a[i];
      i++;
      j++;
    } else if (lcs_rec(&m, i + 1, j) >= lcs_rec(&m, i, j + 1)) {
      i++;
    } else {
      j++;
    }
  }
  out[k] = '\0';
  free(m.memo);
  return len;
}

static size_t pal_rec(memo2 *m, size_t i, size_t j) { /* interval [i, j) of a */
  if (j - i < 2) return 0;
  size_t *c = cell(m, i, j);
  if (*c != UNKNOWN) return *c;
  size_t r;
  if (m->a[i] == m->a[j - 1]) {
    r = pal_rec(m, i + 1, j - 1);
  } else {
    size_t x = pal_rec(m, i + 1, j), y = pal_rec(m, i, j - 1);
    r = 1 + (x < y ? x : y);
  }
  *c = r;
  return r;
}

size_t min_deletions_palindrome(const char *s) {
  memo2 m;
  if (memo_init(&m, s, s) != 0) return UNKNOWN;
  size_t r = pal_rec(&m, 0, m.la);
  free(m.memo);
  return r;
}
