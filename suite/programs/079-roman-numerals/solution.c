#include "solution.h"

static int symbol_value(char c) {
  switch (c) {
    case 'I': case 'i': return 1;
    case 'V': case 'v': return 5;
    case 'X': case 'x': return 10;
    case 'L': case 'l': return 50;
    case 'C': case 'c': return 100;
    case 'D': case 'd': return 500;
    case 'M': case 'm': return 1000;
    default: return 0;
  }
}

/* one decimal digit d (0..9) at a power given by (one, five, ten) symbols */
static size_t put_digit(int d, char one, char five, char ten, char *out) {
  size_t n = 0;
  switch (d) {
    case 0: break;
    case 1: case 2: case 3:
      for (int i = 0; i < d; i++) out[n++] = one;
      break;
    case 4:
      out[n++] = one;
      out[n++] = five;
      break;
    case 5: case 6: case 7: case 8:
      out[n++] = five;
      for (int i = 5; i < d; i++) out[n++] = one;
      break;
    case 9:
      out[n++] = one;
      out[n++] = ten;
      break;
  }
  return n;
}

size_t to_roman(int v, char *buf) {
  if (v < 1 || v > 3999) {
    buf[0] = '\0';
    return 0;
  }
  size_t n = 0;
  n += put_digit(v / 1000, 'M', '?', '?', buf + n);
  n += put_digit(v / 100 % 10, 'C', 'D', 'M', buf + n);
  n += put_digit(v / 10 % 10, 'X', 'L', 'C', buf + n);
  n += put_digit(v % 10, 'I', 'V', 'X', buf + n);
  buf[n] = '\0';
  return n;
}

int from_roman_lenient(const char *s) {
  if (*s == '\0') return -1;
  int total = 0;
  for (size_t i = 0; s[i]; i++) {
    int v = symbol_value(s[i]);
    if (v == 0) return -1;
    int next = s[i + 1] ? symbol_value(s[i + 1]) : 0;
    if (total > 1000000) return -1; /* absurdly long input: refuse rather than overflow */
    total += v < next ? -v : v;
  }
  return total;
}

int from_roman(const char *s) {
  size_t len = 0;
  for (; s[len]; len++) {
    char c = s[len];
    if (c < 'A' || c > 'Z' || symbol_value(c) == 0) return -1;
    if (len > 15) return -1; /* longest canonical numeral is 15 characters */
  }
  if (len == 0) return -1;
  int v = from_roman_lenient(s);
  if (v < 1 || v > 3999) return -1;
  char canon[16];
  size_t n = to_roman(v, canon);
  if (n != len) return -1;
  for (size_t i = 0; i < n; i++)
    if (canon[i] != s[i]) return -1;
  return v;
}
