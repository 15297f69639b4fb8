#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;
static uint64_t rnd(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return rng_state = x;
}

/* Reference base conversion: repeated subtraction of powers, most significant first. */
static void ref_utoa(unsigned long long v, char *buf, unsigned base) {
  unsigned long long p = 1;
  while (p <= v / base) p *= base;
  size_t n = 0;
  for (; p > 0; p /= base) {
    unsigned d = 0;
    while (v >= p) { v -= p; d++; }
    buf[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[d];
  }
  buf[n] = '\0';
}

int main(void) {
  bool ok = false;
  CHECK(my_atoi("0", &ok) == 0 && ok);
  CHECK(my_atoi("42", &ok) == 42 && ok);
  CHECK(my_atoi("   -42abc", &ok) == -42 && ok);
  CHECK(my_atoi("\t+7", &ok) == 7 && ok);
  CHECK(my_atoi("", &ok) == 0 && !ok);
  CHECK(my_atoi("-", &ok) == 0 && !ok);
  CHECK(my_atoi("abc", &ok) == 0 && !ok);
  CHECK(my_atoi("2147483647", &ok) == INT_MAX && ok);
  CHECK(my_atoi("-2147483648", &ok) == INT_MIN && ok);
  CHECK(my_atoi("2147483648", &ok) == INT_MAX && !ok);
  CHECK(my_atoi("-2147483649", &ok) == INT_MIN && !ok);
  CHECK(my_atoi("99999999999999999999", &ok) == INT_MAX && !ok);
  CHECK(my_atoi("-000000000000000000012", &ok) == -12 && ok);
  CHECK(my_atoi("12 34", NULL) == 12);

  char buf[80], ref[80];
  CHECK(my_itoa(0, buf, 10) == 1 && strcmp(buf, "0") == 0);
  CHECK(my_itoa(-1, buf, 10) == 2 && strcmp(buf, "-1") == 0);
  CHECK(my_itoa(255, buf, 16) == 2 && strcmp(buf, "ff") == 0);
  CHECK(my_itoa(5, buf, 2) == 3 && strcmp(buf, "101") == 0);
  CHECK(my_itoa(INT_MIN, buf, 10) == 11 && strcmp(buf, "-2147483648") == 0);
  CHECK(my_itoa(INT_MIN, buf, 2) == 33 && strcmp(buf, "-10000000000000000000000000000000") == 0);
  CHECK(my_itoa(INT_MAX, buf, 36) == 6 && strcmp(buf, "zik0zj") == 0);
  CHECK(my_itoa(10, buf, 1) == 0 && buf[0] == '\0');
  CHECK(my_itoa(10, buf, 37) == 0 && buf[0] == '\0');
  CHECK(my_utoa(ULLONG_MAX, buf, 16) == 16 && strcmp(buf, "ffffffffffffffff") == 0);
  CHECK(my_utoa(ULLONG_MAX, buf, 2) == 64);

  unsigned long long u = 0;
  CHECK(parse_unsigned("FfFf", 16, &u) && u == 65535);
  CHECK(parse_unsigned("18446744073709551615", 10, &u) && u == ULLONG_MAX);
  CHECK(!parse_unsigned("18446744073709551616", 10, &u));
  CHECK(!parse_unsigned("", 10, &u));
  CHECK(!parse_unsigned("12", 2, &u));
  CHECK(!parse_unsigned("-1", 10, &u));
  CHECK(parse_unsigned("zz", 36, &u) && u == 1295);

  for (int i = 0; i < 20000; i++) {
    uint64_t r = rnd();
    int v = (int)(int32_t)(uint32_t)(r >> (r % 33 + 8 > 63 ? 32 : r % 33 + 8));
    if (i < 200) v = i - 100;
    snprintf(ref, sizeof ref, "%d", v);
    CHECK(my_itoa(v, buf, 10) == strlen(ref));
    CHECK(strcmp(buf, ref) == 0);
    CHECK(my_atoi(buf, &ok) == v && ok);
    if (v >= 0) {
      snprintf(ref, sizeof ref, "%x", (unsigned)v);
      my_itoa(v, buf, 16);
      CHECK(strcmp(buf, ref) == 0);
      snprintf(ref, sizeof ref, "%o", (unsigned)v);
      my_itoa(v, buf, 8);
      CHECK(strcmp(buf, ref) == 0);
    }
    unsigned base = (unsigned)(r % 35) + 2;
    unsigned long long w = rnd() >> (rnd() % 64);
    ref_utoa(w, ref, base);
    CHECK(my_utoa(w, buf, (int)base) == strlen(ref));
    CHECK(strcmp(buf, ref) == 0);
    CHECK(parse_unsigned(buf, (int)base, &u) && u == w);

    /* random decimal strings against strtoll with range check */
    char s[40];
    size_t n = 0;
    if (rnd() % 2) s[n++] = ' ';
    if (rnd() % 3 == 0) s[n++] = (rnd() % 2) ? '-' : '+';
    size_t digits = rnd() % 14;
    for (size_t k = 0; k < digits; k++) s[n++] = (char)('0' + rnd() % 10);
    if (rnd() % 2) s[n++] = 'x';
    s[n] = '\0';
    long long ll = strtoll(s, NULL, 10);
    int got = my_atoi(s, &ok);
    if (digits == 0) {
      CHECK(got == 0 && !ok);
    } else if (ll > INT_MAX) {
      CHECK(got == INT_MAX && !ok);
    } else if (ll < INT_MIN) {
      CHECK(got == INT_MIN && !ok);
    } else {
      CHECK(got == (int)ll && ok);
    }
  }
  return 0;
}
