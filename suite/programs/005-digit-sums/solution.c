#include "solution.h"

unsigned digit_count(uint64_t n, unsigned base) {
  unsigned c = 1;
  while (n >= base) {
    n /= base;
    c++;
  }
  return c;
}

uint64_t digit_sum(uint64_t n, unsigned base) {
  uint64_t s = 0;
  while (n != 0) {
    s += n % base;
    n /= base;
  }
  return s;
}

unsigned digital_root(uint64_t n) {
  while (n >= 10) n = digit_sum(n, 10);
  return (unsigned)n;
}

bool reverse_digits(uint64_t n, unsigned base, uint64_t *out) {
  uint64_t r = 0;
  while (n != 0) {
    uint64_t d = n % base;
    if (r > (UINT64_MAX - d) / base) return false;
    r = r * base + d;
    n /= base;
  }
  *out = r;
  return true;
}

bool is_digit_palindrome(uint64_t n, unsigned base) {
  unsigned char digits[64];
  unsigned len = 0;
  do {
    digits[len++] = (unsigned char)(n % base);
    n /= base;
  } while (n != 0);
  for (unsigned i = 0, j = len - 1; i < j; i++, j--) {
    if (digits[i] != digits[j]) return false;
  }
  return true;
}

size_t to_base_string(uint64_t n, unsigned base, char *buf, size_t cap) {
  static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  size_t len = digit_count(n, base);
  if (cap < len + 1) return 0;
  buf[len] = '\0';
  size_t i = len;
  do {
    buf[--i] = alphabet[n % base];
    n /= base;
  } while (n != 0);
  return len;
}

uint64_t narcissistic_sum(uint64_t n) {
  unsigned k = digit_count(n, 10);
  uint64_t s = 0;
  do {
    uint64_t d = n % 10, p = 1;
    for (unsigned i = 0; i < k; i++) p *= d;
    s += p;
    n /= 10;
  } while (n != 0);
  return s;
}
