#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 8080u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

/* Reference replace with a fixed buffer. */
static size_t ref_replace(const char *s, const char *needle, const char *repl, char *out) {
  size_t nl = strlen(needle), count = 0, o = 0;
  while (*s) {
    if (strncmp(s, needle, nl) == 0) {
      strcpy(out + o, repl);
      o += strlen(repl);
      s += nl;
      count++;
    } else {
      out[o++] = *s++;
    }
  }
  out[o] = '\0';
  return count;
}

int main(void) {
  struct strbuf sb;
  sb_init(&sb);
  CHECK(strcmp(sb_cstr(&sb), "") == 0);
  CHECK(sb_replace_all(&sb, "a", "b") == 0);
  char *empty = sb_detach(&sb);
  CHECK(empty && empty[0] == '\0');
  free(empty);

  CHECK(sb_append(&sb, "Hello"));
  CHECK(sb_append_char(&sb, ','));
  CHECK(sb_append_char(&sb, ' '));
  CHECK(sb_append(&sb, "World"));
  CHECK(strcmp(sb_cstr(&sb), "Hello, World") == 0 && sb.len == 12);
  CHECK(sb_insert(&sb, 7, "big "));
  CHECK(strcmp(sb_cstr(&sb), "Hello, big World") == 0);
  CHECK(sb_insert(&sb, 0, ">"));
  CHECK(sb_insert(&sb, sb.len, "<"));
  CHECK(strcmp(sb_cstr(&sb), ">Hello, big World<") == 0);
  CHECK(!sb_insert(&sb, sb.len + 1, "x"));
  {
    struct strbuf fresh;
    sb_init(&fresh);
    CHECK(sb_insert(&fresh, 0, ""));
    CHECK(fresh.len == 0 && strcmp(sb_cstr(&fresh), "") == 0);
    CHECK(sb_insert(&fresh, 0, "tail"));
    CHECK(sb_insert(&fresh, 0, "head-"));
    CHECK(strcmp(sb_cstr(&fresh), "head-tail") == 0);
    sb_free(&fresh);
  }
  CHECK(sb_replace_all(&sb, "l", "LL") == 3);
  CHECK(strcmp(sb_cstr(&sb), ">HeLLLLo, big WorLLd<") == 0);
  CHECK(sb_replace_all(&sb, "LL", "") == 3);
  CHECK(strcmp(sb_cstr(&sb), ">Heo, big Word<") == 0);
  CHECK(sb_replace_all(&sb, "", "x") == 0);
  sb_clear(&sb);
  CHECK(sb.len == 0 && strcmp(sb_cstr(&sb), "") == 0);
  CHECK(sb_append_int(&sb, 0) && sb_append_char(&sb, ' ') && sb_append_int(&sb, -42) &&
        sb_append_char(&sb, ' ') && sb_append_int(&sb, LLONG_MIN) && sb_append_char(&sb, ' ') &&
        sb_append_int(&sb, LLONG_MAX));
  CHECK(strcmp(sb_cstr(&sb), "0 -42 -9223372036854775808 9223372036854775807") == 0);
  sb_clear(&sb);
  CHECK(sb_append_repeat(&sb, "ab", 3) && strcmp(sb_cstr(&sb), "ababab") == 0);
  CHECK(sb_append_repeat(&sb, "", 1000) && sb.len == 6);
  CHECK(sb_append_repeat(&sb, "x", 0) && sb.len == 6);
  CHECK(sb_append_n(&sb, "xyz", 2) && strcmp(sb_cstr(&sb), "abababxy") == 0);
  CHECK(sb_replace_all(&sb, "aba", "-") == 1);
  CHECK(strcmp(sb_cstr(&sb), "-babxy") == 0);
  char *s = sb_detach(&sb);
  CHECK(strcmp(s, "-babxy") == 0);
  CHECK(sb.buf == NULL && sb.len == 0);
  free(s);

  /* build a large string, compare with snprintf */
  char expect[200000];
  size_t e = 0;
  for (long long i = -5000; i < 5000; i += 3) {
    CHECK(sb_append_int(&sb, i * 1000003LL));
    CHECK(sb_append_char(&sb, ';'));
    e += (size_t)snprintf(expect + e, sizeof expect - e, "%lld;", i * 1000003LL);
  }
  CHECK(sb.len == e && strcmp(sb_cstr(&sb), expect) == 0);
  CHECK(sb.cap > sb.len && sb.cap <= 4 * (sb.len + 1));
  sb_free(&sb);

  for (int iter = 0; iter < 1500; iter++) {
    char ref[2048], tmp[4096];
    size_t rl = 0;
    ref[0] = '\0';
    sb_init(&sb);
    int ops = (int)(rnd() % 30);
    for (int k = 0; k < ops; k++) {
      char piece[8];
      size_t pl = rnd() % 6;
      for (size_t i = 0; i < pl; i++) piece[i] = "abc"[rnd() % 3];
      piece[pl] = '\0';
      if (rnd() % 3 == 0) {
        size_t pos = rnd() % (rl + 1);
        CHECK(sb_insert(&sb, pos, piece));
        memmove(ref + pos + pl, ref + pos, rl - pos);
        memcpy(ref + pos, piece, pl);
      } else {
        CHECK(sb_append(&sb, piece));
        memcpy(ref + rl, piece, pl);
      }
      rl += pl;
      ref[rl] = '\0';
      CHECK(sb.len == rl && strcmp(sb_cstr(&sb), ref) == 0);
    }
    const char *needles[] = {"a", "ab", "cc", "abc", "bab"};
    const char *repls[] = {"", "X", "YYYY", "c", "ab"};
    const char *nd = needles[rnd() % 5], *rp = repls[rnd() % 5];
    size_t rc = ref_replace(ref, nd, rp, tmp);
    CHECK(sb_replace_all(&sb, nd, rp) == rc);
    CHECK(strcmp(sb_cstr(&sb), tmp) == 0 && sb.len == strlen(tmp));
    if (iter % 2) {
      char *d = sb_detach(&sb);
      CHECK(strcmp(d, tmp) == 0);
      free(d);
    }
    sb_free(&sb);
  }
  return 0;
}
