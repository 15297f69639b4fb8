#include <limits.h>
#include "solution.h"

static enum calc_status checked_mul(long long a, long long b, long long *out) {
  if (a != 0 && b != 0) {
    if (a > 0 ? (b > 0 ? a > LLONG_MAX / b : b < LLONG_MIN / a)
              : (b > 0 ? a < LLONG_MIN / b : b < LLONG_MAX / a))
      return CALC_OVERFLOW;
  }
  *out = a * b;
  return CALC_OK;
}

enum calc_status calc_apply(char op, long long a, long long b, long long *out) {
  switch (op) {
    case '+':
      if ((b > 0 && a > LLONG_MAX - b) || (b < 0 && a < LLONG_MIN - b)) return CALC_OVERFLOW;
      *out = a + b;
      return CALC_OK;
    case '-':
      if ((b < 0 && a > LLONG_MAX + b) || (b > 0 && a < LLONG_MIN + b)) return CALC_OVERFLOW;
      *out = a - b;
      return CALC_OK;
    case '*':
      return checked_mul(a, b, out);
    case '/':
    case '%':
      if (b == 0) return CALC_DIV_ZERO;
      if (a == LLONG_MIN && b == -1) {
        if (op == '/') return CALC_OVERFLOW;
        *out = 0;
        return CALC_OK;
      }
      *out = op == '/' ? a / b : a % b;
      return CALC_OK;
    case '^': {
      if (b < 0) return CALC_NEG_EXP;
      long long result = 1, base = a;
      while (b > 0) {
        if ((b & 1) && checked_mul(result, base, &result) != CALC_OK) return CALC_OVERFLOW;
        b >>= 1;
        /* a later bit needs base^2: if that overflows, so does the result */
        if (b > 0 && checked_mul(base, base, &base) != CALC_OK) return CALC_OVERFLOW;
      }
      *out = result;
      return CALC_OK;
    }
    default:
      return CALC_SYNTAX;
  }
}

struct parser {
  const char *s;
  enum calc_status err;
};

static void skip(struct parser *p) {
  while (*p->s == ' ' || *p->s == '\t') p->s++;
}

static void fail(struct parser *p, enum calc_status st) {
  if (p->err == CALC_OK) p->err = st; /* keep the first error */
}

static long long parse_sum(struct parser *p);

static long long parse_primary(struct parser *p) {
  skip(p);
  char c = *p->s;
  if (c == '(') {
    p->s++;
    long long v = parse_sum(p);
    skip(p);
    if (*p->s != ')') fail(p, CALC_SYNTAX);
    else p->s++;
    return v;
  }
  if (c >= '0' && c <= '9') {
    long long v = 0;
    while (*p->s >= '0' && *p->s <= '9') {
      int d = *p->s - '0';
      if (v > (LLONG_MAX - d) / 10) fail(p, CALC_OVERFLOW);
      else v = v * 10 + d;
      p->s++;
    }
    return v;
  }
  fail(p, CALC_SYNTAX);
  return 0;
}

static long long combine(struct parser *p, char op, long long a, long long b) {
  long long r = 0;
  if (p->err == CALC_OK) fail(p, calc_apply(op, a, b, &r));
  return r;
}

/* unary := ('-' | '+') unary | primary ['^' unary]   (^ is right-associative) */
static long long parse_unary(struct parser *p) {
  skip(p);
  switch (*p->s) {
    case '-':
      p->s++;
      return combine(p, '-', 0, parse_unary(p));
    case '+':
      p->s++;
      return parse_unary(p);
    default: {
      long long base = parse_primary(p);
      skip(p);
      if (*p->s != '^') return base;
      p->s++;
      return combine(p, '^', base, parse_unary(p));
    }
  }
}

/* level 0: product of unaries joined by * / %; level 1: sum of products (+ -) */
static long long parse_binary(struct parser *p, int level) {
  long long v = level ? parse_binary(p, 0) : parse_unary(p);
  for (;;) {
    skip(p);
    char op = *p->s;
    switch (op) {
      case '+': case '-':
        if (level == 0) return v;
        break;
      case '*': case '/': case '%':
        if (level == 1) return v;
        break;
      default:
        return v;
    }
    p->s++;
    v = combine(p, op, v, level ? parse_binary(p, 0) : parse_unary(p));
  }
}

static long long parse_sum(struct parser *p) { return parse_binary(p, 1); }

enum calc_status calc_eval(const char *expr, long long *out) {
  struct parser p = {expr, CALC_OK};
  long long v = parse_sum(&p);
  skip(&p);
  if (p.err == CALC_OK && *p.s != '\0') p.err = CALC_SYNTAX;
  if (p.err == CALC_OK) *out = v;
  return p.err;
}
