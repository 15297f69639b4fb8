#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 1212u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

int main(void) {
  unsigned char out[512];
  char text[2048];
  CHECK(unescape("", out) == 0);
  CHECK(unescape("plain", out) == 5 && memcmp(out, "plain", 5) == 0);
  CHECK(unescape("a\\nb\\tc", out) == 5 && memcmp(out, "a\nb\tc", 5) == 0);
  CHECK(unescape("\\\\\\\"\\'\\?", out) == 4 && memcmp(out, "\\\"'?", 4) == 0);
  CHECK(unescape("\\a\\b\\f\\v\\r", out) == 5 && memcmp(out, "\a\b\f\v\r", 5) == 0);
  CHECK(unescape("\\0", out) == 1 && out[0] == 0);
  CHECK(unescape("\\101\\102C", out) == 3 && memcmp(out, "ABC", 3) == 0);
  CHECK(unescape("\\1234", out) == 2 && out[0] == 0123 && out[1] == '4');
  CHECK(unescape("\\377", out) == 1 && out[0] == 255);
  CHECK(unescape("\\400", out) == -1);
  CHECK(unescape("\\8", out) == -1);
  CHECK(unescape("\\x41\\x4a\\x7", out) == 3 && out[0] == 'A' && out[1] == 'J' && out[2] == 7);
  CHECK(unescape("\\xFFF", out) == 2 && out[0] == 255 && out[1] == 'F');
  CHECK(unescape("\\xg", out) == -1);
  CHECK(unescape("\\x", out) == -1);
  CHECK(unescape("abc\\", out) == -1);
  CHECK(unescape("\\q", out) == -1);
  CHECK(unescape("\\0\\00\\000\\0000", out) == 5 && out[4] == '0');

  CHECK(escape((const unsigned char *)"", 0, text) == 0 && text[0] == '\0');
  CHECK(escape((const unsigned char *)"hi\n", 3, text) == 4 && strcmp(text, "hi\\n") == 0);
  const unsigned char raw[] = {0, 'a', 0x7f, 0xff, '"', '\\', '\t', '\r', ' '};
  CHECK(escape(raw, sizeof raw, text) == strlen("\\x00a\\x7f\\xff\\\"\\\\\\t\\r "));
  CHECK(strcmp(text, "\\x00a\\x7f\\xff\\\"\\\\\\t\\r ") == 0);

  /* round trip: escape then unescape any bytes */
  for (int iter = 0; iter < 5000; iter++) {
    unsigned char bytes[256];
    size_t n = rnd() % 256;
    for (size_t i = 0; i < n; i++) bytes[i] = (unsigned char)(iter % 2 ? rnd() : 32 + rnd() % 95);
    size_t len = escape(bytes, n, text);
    CHECK(len == strlen(text));
    CHECK(len >= n && len <= 4 * n);
    for (size_t i = 0; i < len; i++) CHECK(text[i] >= 0x20 && text[i] < 0x7f);
    CHECK(unescape(text, out) == (long)n);
    CHECK(n == 0 || memcmp(out, bytes, n) == 0);
  }
  /* random escape sequences built from a table of (source, byte) pairs */
  static const struct { const char *src; unsigned char byte; } table[] = {
      {"\\n", '\n'}, {"\\t", '\t'}, {"\\\\", '\\'}, {"\\'", '\''}, {"\\\"", '"'}, {"\\?", '?'},
      {"\\x00", 0}, {"\\x7F", 127}, {"\\xab", 0xab}, {"\\377", 255}, {"\\012", 10},
      {"z", 'z'}, {" ", ' '}, {"\\v", '\v'}};
  for (int iter = 0; iter < 3000; iter++) {
    size_t k = rnd() % 60, pos = 0;
    unsigned char expect[64];
    text[0] = '\0';
    for (size_t i = 0; i < k; i++) {
      size_t t = rnd() % (sizeof table / sizeof table[0]);
      strcpy(text + pos, table[t].src);
      pos += strlen(table[t].src);
      expect[i] = table[t].byte;
    }
    CHECK(unescape(text, out) == (long)k);
    CHECK(k == 0 || memcmp(out, expect, k) == 0);
  }
  return 0;
}
