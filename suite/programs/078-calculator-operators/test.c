#include <limits.h>
#include <stdio.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 65537u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static long long ev(const char *s) {
  long long v = 0;
  CHECK(calc_eval(s, &v) == CALC_OK);
  return v;
}

int main(void) {
  long long r = 0;
  CHECK(calc_apply('+', 2, 3, &r) == CALC_OK && r == 5);
  CHECK(calc_apply('-', 2, 3, &r) == CALC_OK && r == -1);
  CHECK(calc_apply('*', -4, 3, &r) == CALC_OK && r == -12);
  CHECK(calc_apply('/', -7, 2, &r) == CALC_OK && r == -3);
  CHECK(calc_apply('%', -7, 2, &r) == CALC_OK && r == -1);
  CHECK(calc_apply('^', 2, 62, &r) == CALC_OK && r == 4611686018427387904LL);
  CHECK(calc_apply('^', 2, 63, &r) == CALC_OVERFLOW);
  CHECK(calc_apply('^', -2, 63, &r) == CALC_OK && r == LLONG_MIN);
  CHECK(calc_apply('^', -1, LLONG_MAX, &r) == CALC_OK && r == -1);
  CHECK(calc_apply('^', 1, LLONG_MAX, &r) == CALC_OK && r == 1);
  CHECK(calc_apply('^', 0, 0, &r) == CALC_OK && r == 1);
  CHECK(calc_apply('^', 3, -1, &r) == CALC_NEG_EXP);
  CHECK(calc_apply('/', 1, 0, &r) == CALC_DIV_ZERO);
  CHECK(calc_apply('%', 1, 0, &r) == CALC_DIV_ZERO);
  CHECK(calc_apply('/', LLONG_MIN, -1, &r) == CALC_OVERFLOW);
  CHECK(calc_apply('%', LLONG_MIN, -1, &r) == CALC_OK && r == 0);
  CHECK(calc_apply('+', LLONG_MAX, 1, &r) == CALC_OVERFLOW);
  CHECK(calc_apply('-', LLONG_MIN, 1, &r) == CALC_OVERFLOW);
  CHECK(calc_apply('-', 0, LLONG_MIN, &r) == CALC_OVERFLOW);
  CHECK(calc_apply('*', LLONG_MIN, -1, &r) == CALC_OVERFLOW);
  CHECK(calc_apply('*', -1, LLONG_MIN, &r) == CALC_OVERFLOW);
  CHECK(calc_apply('*', 3037000499LL, 3037000499LL, &r) == CALC_OK && r == 9223372030926249001LL);
  CHECK(calc_apply('*', 3037000500LL, 3037000500LL, &r) == CALC_OVERFLOW);
  CHECK(calc_apply('?', 1, 1, &r) == CALC_SYNTAX);

  CHECK(ev("1 + 2 * 3") == 7);
  CHECK(ev("(1 + 2) * 3") == 9);
  CHECK(ev("10 - 4 - 3") == 3);
  CHECK(ev("100 / 10 / 5") == 2);
  CHECK(ev("2 ^ 3 ^ 2") == 512);
  CHECK(ev("-2 ^ 2") == -4);
  CHECK(ev("(-2) ^ 2") == 4);
  CHECK(ev("2 ^ -0") == 1);
  CHECK(ev("--5") == 5);
  CHECK(ev("-+-+5") == 5);
  CHECK(ev("17 % 5 * 2") == 4);
  CHECK(ev("  42  ") == 42);
  CHECK(ev("((((7))))") == 7);
  CHECK(ev("9223372036854775807") == LLONG_MAX);
  CHECK(ev("-9223372036854775807 - 1") == LLONG_MIN);
  CHECK(ev("2*(3+4)*(5-1)/7") == 8);
  CHECK(ev("1-2*3+4/2-5%3") == -5);

  CHECK(calc_eval("", &r) == CALC_SYNTAX);
  CHECK(calc_eval("1 +", &r) == CALC_SYNTAX);
  CHECK(calc_eval("(1 + 2", &r) == CALC_SYNTAX);
  CHECK(calc_eval("1 + 2)", &r) == CALC_SYNTAX);
  CHECK(calc_eval("1 2", &r) == CALC_SYNTAX);
  CHECK(calc_eval("a", &r) == CALC_SYNTAX);
  CHECK(calc_eval("4 / (2 - 2)", &r) == CALC_DIV_ZERO);
  CHECK(calc_eval("9223372036854775808", &r) == CALC_OVERFLOW);
  CHECK(calc_eval("9223372036854775807 + 1", &r) == CALC_OVERFLOW);
  CHECK(calc_eval("2 ^ -1", &r) == CALC_NEG_EXP);
  CHECK(calc_eval("10 ^ 19", &r) == CALC_OVERFLOW);
  r = 12345;
  CHECK(calc_eval("1 / 0 + ", &r) != CALC_OK && r == 12345);

  /* random flat expressions with + - *: evaluate with a two-level reference */
  for (int iter = 0; iter < 5000; iter++) {
    char buf[256];
    size_t len = 0;
    int nterms = (int)(rnd() % 8) + 1;
    long long total = 0;
    int sign = 1;
    for (int t = 0; t < nterms; t++) {
      int nf = (int)(rnd() % 3) + 1;
      long long prod = 1;
      for (int f = 0; f < nf; f++) {
        int v = (int)(rnd() % 2000);
        prod *= v;
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%d%s", v, f + 1 < nf ? " * " : "");
      }
      total += sign * prod;
      if (t + 1 < nterms) {
        sign = rnd() % 2 ? 1 : -1;
        len += (size_t)snprintf(buf + len, sizeof buf - len, " %c ", sign > 0 ? '+' : '-');
      }
    }
    CHECK(calc_eval(buf, &r) == CALC_OK);
    CHECK(r == total);
    /* wrapped in parentheses and negated twice, same value */
    char wrapped[300];
    snprintf(wrapped, sizeof wrapped, "-(-(%s))", buf);
    CHECK(calc_eval(wrapped, &r) == CALC_OK && r == total);
    /* division and modulo follow C semantics */
    long long a = (long long)(rnd() % 200001) - 100000, b = (long long)(rnd() % 201) - 100;
    snprintf(wrapped, sizeof wrapped, "(%lld) / (%lld) * 1000 + (%lld) %% (%lld)", a, b, a, b);
    if (b == 0) CHECK(calc_eval(wrapped, &r) == CALC_DIV_ZERO);
    else CHECK(calc_eval(wrapped, &r) == CALC_OK && r == a / b * 1000 + a % b);
  }
  return 0;
}
