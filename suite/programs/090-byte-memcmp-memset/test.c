#include <stdint.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 86420u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static int sign(int v) { return (v > 0) - (v < 0); }

#define MAXN 700
static unsigned char a[MAXN + 64], b[MAXN + 64], r[MAXN + 64], buf[3 * MAXN];

int main(void) {
  unsigned char s[16];
  CHECK(bytes_set(s, 0xAB, 16) == s);
  for (int i = 0; i < 16; i++) CHECK(s[i] == 0xAB);
  bytes_set(s, 0x1FF, 4); /* converted to unsigned char */
  CHECK(s[0] == 0xFF && s[3] == 0xFF && s[4] == 0xAB);
  bytes_set(s, -1, 1);
  CHECK(s[0] == 0xFF);
  CHECK(bytes_cmp("abc", "abd", 3) < 0 && bytes_cmp("abd", "abc", 3) > 0 && bytes_cmp("abc", "abd", 2) == 0);
  const unsigned char hi[] = {0x80}, lo[] = {0x7F};
  CHECK(bytes_cmp(hi, lo, 1) > 0); /* unsigned comparison */
  CHECK(bytes_cmp(NULL, NULL, 0) == 0);
  const char *hay = "hello\0world";
  CHECK(bytes_chr(hay, 'o', 11) == hay + 4);
  CHECK(bytes_chr(hay, '\0', 11) == hay + 5);
  CHECK(bytes_chr(hay, 'w', 5) == NULL);
  CHECK(bytes_chr(hay, 'l' + 256, 11) == hay + 2);
  CHECK(bytes_mismatch("abcdef", "abcxef", 6) == 3 && bytes_mismatch("same", "same", 4) == 4);
  CHECK(bytes_count("banana", 'a', 6) == 3 && bytes_count("banana", 'z', 6) == 0);
  char rv[] = "abcde";
  bytes_reverse(rv, 5);
  CHECK(strcmp(rv, "edcba") == 0);
  bytes_reverse(rv, 0);
  bytes_reverse(rv, 1);
  CHECK(rv[0] == 'e');
  char mv[] = "0123456789";
  bytes_move(mv + 2, mv, 5);
  CHECK(memcmp(mv, "0101234789", 10) == 0);
  bytes_move(mv, mv + 3, 5);
  CHECK(memcmp(mv, "1234734789", 10) == 0);
  bytes_move(mv, mv, 10);
  CHECK(memcmp(mv, "1234734789", 10) == 0);
  unsigned char xk[] = {0x0F, 0xF0};
  unsigned char xb[] = {0x00, 0x00, 0xFF};
  bytes_xor(xb, 3, xk, 2);
  CHECK(xb[0] == 0x0F && xb[1] == 0xF0 && xb[2] == 0xF0);
  bytes_xor(xb, 3, xk, 2);
  CHECK(xb[0] == 0 && xb[1] == 0 && xb[2] == 0xFF);

  for (int iter = 0; iter < 1500; iter++) {
    size_t n = iter < 64 ? (size_t)iter : rnd() % MAXN;
    size_t oa = rnd() % 16, ob = rnd() % 16; /* varying alignment */
    for (size_t i = 0; i < MAXN + 64; i++) a[i] = (unsigned char)rnd();
    memcpy(b, a, sizeof b);
    int c = (int)(rnd() % 256);

    /* set: compare with memset */
    bytes_set(a + oa, c, n);
    memset(b + oa, c, n);
    CHECK(memcmp(a, b, sizeof a) == 0);

    /* copy */
    for (size_t i = 0; i < n; i++) r[i] = (unsigned char)(rnd() % 4);
    bytes_copy(a + ob, r, n);
    memcpy(b + ob, r, n);
    CHECK(memcmp(a, b, sizeof a) == 0);

    /* cmp/mismatch against memcmp with a planted difference */
    memcpy(b, a, sizeof b);
    size_t diff = n ? rnd() % n : 0;
    if (n && rnd() % 3) b[oa + diff] = (unsigned char)(b[oa + diff] + 1 + rnd() % 255);
    CHECK(sign(bytes_cmp(a + oa, b + oa, n)) == sign(memcmp(a + oa, b + oa, n)));
    size_t mm = bytes_mismatch(a + oa, b + oa, n);
    CHECK(mm <= n);
    CHECK(memcmp(a + oa, b + oa, mm) == 0 || mm == 0);
    if (mm < n) CHECK(a[oa + mm] != b[oa + mm]);

    /* chr/count */
    unsigned char *p = bytes_chr(r, c % 4, n);
    void *q = memchr(r, c % 4, n);
    CHECK((void *)p == q);
    size_t cnt = 0;
    for (size_t i = 0; i < n; i++) cnt += r[i] == (unsigned char)(c % 4);
    CHECK(bytes_count(r, c % 4, n) == cnt);

    /* overlapping move in both directions against memmove */
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)i;
    unsigned char ref[3 * MAXN];
    memcpy(ref, buf, sizeof buf);
    size_t src = rnd() % MAXN, dst = rnd() % MAXN;
    bytes_move(buf + dst, buf + src, n);
    memmove(ref + dst, ref + src, n);
    CHECK(memcmp(buf, ref, sizeof buf) == 0);

    /* reverse twice is identity; once matches manual reversal */
    memcpy(b, a, sizeof b);
    bytes_reverse(a + oa, n);
    for (size_t i = 0; i < n; i++) CHECK(a[oa + i] == b[oa + n - 1 - i]);
    bytes_reverse(a + oa, n);
    CHECK(memcmp(a, b, sizeof a) == 0);

    /* xor with a repeating key is an involution */
    size_t klen = rnd() % 9 + 1;
    unsigned char key[9];
    for (size_t i = 0; i < klen; i++) key[i] = (unsigned char)rnd();
    bytes_xor(a + ob, n, key, klen);
    for (size_t i = 0; i < n; i++) CHECK(a[ob + i] == (unsigned char)(b[ob + i] ^ key[i % klen]));
    bytes_xor(a + ob, n, key, klen);
    CHECK(memcmp(a, b, sizeof a) == 0);
  }
  return 0;
}
