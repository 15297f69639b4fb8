#include <limits.h>
#include "solution.h"

int my_atoi(const char *s, bool *ok) {
  while (*s == ' ' || *s == '\t') s++;
  int neg = 0;
  if (*s == '+' || *s == '-') {
    neg = *s == '-';
    s++;
  }
  /* accumulate as a negative number: its range includes INT_MIN */
  int acc = 0, any = 0, overflow = 0;
  while (*s >= '0' && *s <= '9') {
    int d = *s - '0';
    any = 1;
    if (!overflow) {
      if (acc < INT_MIN / 10 || (acc == INT_MIN / 10 && d > -(INT_MIN % 10)))
        overflow = 1;
      else
        acc = acc * 10 - d;
    }
    s++;
  }
  if (ok) *ok = any && !overflow;
  if (!any) return 0;
  if (overflow) return neg ? INT_MIN : INT_MAX;
  if (neg) return acc;
  if (acc == INT_MIN) {
    if (ok) *ok = false;
    return INT_MAX;
  }
  return -acc;
}

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

size_t my_utoa(unsigned long long v, char *buf, int base) {
  if (base < 2 || base > 36) {
    buf[0] = '\0';
    return 0;
  }
  char tmp[65];
  size_t n = 0;
  do {
    tmp[n++] = digit_chars[v % (unsigned)base];
    v /= (unsigned)base;
  } while (v != 0);
  for (size_t i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
  buf[n] = '\0';
  return n;
}

size_t my_itoa(int v, char *buf, int base) {
  if (base < 2 || base > 36) {
    buf[0] = '\0';
    return 0;
  }
  if (v < 0) {
    unsigned mag = 0u - (unsigned)v;
    buf[0] = '-';
    return 1 + my_utoa(mag, buf + 1, base);
  }
  return my_utoa((unsigned)v, buf, base);
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool parse_unsigned(const char *s, int base, unsigned long long *out) {
  if (base < 2 || base > 36 || *s == '\0') return false;
  unsigned long long acc = 0;
  for (; *s; s++) {
    int d = digit_value(*s);
    if (d >= base) return false;
    if (acc > (ULLONG_MAX - (unsigned)d) / (unsigned)base) return false;
    acc = acc * (unsigned)base + (unsigned)d;
  }
  *out = acc;
  return true;
}
