#include "solution.h"

void *bytes_set(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  for (size_t i = 0; i < n; i++) d[i] = (unsigned char)c;
  return dst;
}

void *bytes_copy(void *restrict dst, const void *restrict src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  for (size_t i = 0; i < n; i++) d[i] = s[i];
  return dst;
}

void *bytes_move(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (d == s || n == 0) return dst;
  /* comparing unrelated pointers with < is undefined; decide the direction by
   * checking whether dst lies inside [src, src + n) using equality only */
  int dst_inside_src = 0;
  for (size_t i = 1; i < n; i++)
    if (s + i == d) {
      dst_inside_src = 1;
      break;
    }
  if (dst_inside_src) {
    for (size_t i = n; i-- > 0;) d[i] = s[i];
  } else {
    for (size_t i = 0; i < n; i++) d[i] = s[i];
  }
  return dst;
}

int bytes_cmp(const void *a, const void *b, size_t n) {
  const unsigned char *p = a, *q = b;
  for (size_t i = 0; i < n; i++)
    if (p[i] != q[i]) return p[i] < q[i] ? -1 : 1;
  return 0;
}

void *bytes_chr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  unsigned char ch = (unsigned char)c;
  for (size_t i = 0; i < n; i++)
    if (p[i] == ch) return (void *)(p + i);
  return NULL;
}

size_t bytes_mismatch(const void *a, const void *b, size_t n) {
  const unsigned char *p = a, *q = b;
  size_t i = 0;
  while (i < n && p[i] == q[i]) i++;
  return i;
}

size_t bytes_count(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  unsigned char ch = (unsigned char)c;
  size_t count = 0;
  for (size_t i = 0; i < n; i++) count += p[i] == ch;
  return count;
}

void bytes_reverse(void *s, size_t n) {
  unsigned char *p = s;
  for (size_t i = 0; i < n / 2; i++) {
    unsigned char t = p[i];
    p[i] = p[n - 1 - i];
    p[n - 1 - i] = t;
  }
}

void bytes_xor(void *buf, size_t n, const void *key, size_t klen) {
  unsigned char *p = buf;
  const unsigned char *k = key;
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    p[i] ^= k[j];
    if (++j == klen) j = 0;
  }
}
