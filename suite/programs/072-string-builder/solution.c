#include <stdlib.h>
#include <string.h>
#include "solution.h"

void sb_init(struct strbuf *sb) {
  sb->buf = NULL;
  sb->len = 0;
  sb->cap = 0;
}

static bool reserve(struct strbuf *sb, size_t extra) {
  if (extra > (size_t)-1 / 2 - sb->len) return false;
  size_t need = sb->len + extra + 1;
  if (need <= sb->cap) return true;
  size_t cap = sb->cap ? sb->cap : 16;
  while (cap < need) cap *= 2;
  char *p = realloc(sb->buf, cap);
  if (p == NULL) return false;
  if (sb->buf == NULL) p[0] = '\0'; /* fresh allocation: keep it a valid string */
  sb->buf = p;
  sb->cap = cap;
  return true;
}

bool sb_append_n(struct strbuf *sb, const char *s, size_t n) {
  if (!reserve(sb, n)) return false;
  memcpy(sb->buf + sb->len, s, n);
  sb->len += n;
  sb->buf[sb->len] = '\0';
  return true;
}

bool sb_append(struct strbuf *sb, const char *s) { return sb_append_n(sb, s, strlen(s)); }

bool sb_append_char(struct strbuf *sb, char c) { return sb_append_n(sb, &c, 1); }

bool sb_append_int(struct strbuf *sb, long long v) {
  char tmp[24];
  size_t n = 0;
  unsigned long long mag = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do {
    tmp[sizeof tmp - 1 - n] = (char)('0' + mag % 10);
    n++;
    mag /= 10;
  } while (mag);
  if (v < 0) {
    tmp[sizeof tmp - 1 - n] = '-';
    n++;
  }
  return sb_append_n(sb, tmp + sizeof tmp - n, n);
}

bool sb_append_repeat(struct strbuf *sb, const char *s, size_t count) {
  size_t n = strlen(s);
  if (n != 0 && count > ((size_t)-1 / 2) / n) return false;
  if (!reserve(sb, n * count)) return false;
  for (size_t i = 0; i < count; i++) sb_append_n(sb, s, n);
  return true;
}

bool sb_insert(struct strbuf *sb, size_t pos, const char *s) {
  if (pos > sb->len) return false;
  size_t n = strlen(s);
  if (!reserve(sb, n)) return false;
  memmove(sb->buf + pos + n, sb->buf + pos, sb->len - pos + 1);
  memcpy(sb->buf + pos, s, n);
  sb->len += n;
  return true;
}

size_t sb_replace_all(struct strbuf *sb, const char *needle, const char *repl) {
  size_t nl = strlen(needle);
  if (nl == 0 || sb->len == 0) return 0;
  struct strbuf out;
  sb_init(&out);
  size_t count = 0, i = 0;
  while (i < sb->len) {
    if (sb->len - i >= nl && memcmp(sb->buf + i, needle, nl) == 0) {
      if (!sb_append(&out, repl)) {
        sb_free(&out);
        return (size_t)-1;
      }
      i += nl;
      count++;
    } else {
      if (!sb_append_char(&out, sb->buf[i])) {
        sb_free(&out);
        return (size_t)-1;
      }
      i++;
    }
  }
  sb_free(sb);
  *sb = out;
  return count;
}

const char *sb_cstr(const struct strbuf *sb) { return sb->buf ? sb->buf : ""; }

void sb_clear(struct strbuf *sb) {
  sb->len = 0;
  if (sb->buf) sb->buf[0] = '\0';
}

char *sb_detach(struct strbuf *sb) {
  char *s = sb->buf;
  if (s == NULL) {
    s = malloc(1);
    if (s) s[0] = '\0';
  }
  sb_init(sb);
  return s;
}

void sb_free(struct strbuf *sb) {
  free(sb->buf);
  sb_init(sb);
}
