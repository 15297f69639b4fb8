#include "solution.h"

typedef struct {
  const char *p;
  calc_status err;
  int depth;
} parser;

static void skip_ws(parser *ps) {
  while (*ps->p == ' ' || *ps->p == '\t') ps->p++;
}

static int fail(parser *ps, calc_status st) {
  if (ps->err == CALC_OK) ps->err = st;
  return 0;
}

/* checked arithmetic: returns 0 if the exact result is outside int64_t */
static int add_ok(int64_t a, int64_t b, int64_t *r) {
  if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b)) return 0;
  *r = a + b;
  return 1;
}

static int sub_ok(int64_t a, int64_t b, int64_t *r) {
  if ((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b)) return 0;
  *r = a - b;
  return 1;
}

static int mul_ok(int64_t a, int64_t b, int64_t *r) {
  if (a != 0 && b != 0 &&
      (a > 0 ? (b > 0 ? a > INT64_MAX / b : b < INT64_MIN / a) : (b > 0 ? a < INT64_MIN / b : a < INT64_MAX / b)))
    return 0;
  *r = a * b;
  return 1;
}

static int parse_expr(parser *ps, int64_t *v);

static int enter(parser *ps) { return ++ps->depth <= 200 ? 1 : fail(ps, CALC_TOO_DEEP); }

/* primary := number | '(' expr ')' */
static int parse_primary(parser *ps, int64_t *v) {
  skip_ws(ps);
  if (*ps->p == '(') {
    ps->p++;
    if (!enter(ps) || !parse_expr(ps, v)) return 0;
    skip_ws(ps);
    if (*ps->p != ')') return fail(ps, CALC_SYNTAX);
    ps->p++;
    ps->depth--;
    return 1;
  }
  if (*ps->p < '0' || *ps->p > '9') return fail(ps, CALC_SYNTAX);
  int64_t acc = 0;
  for (; *ps->p >= '0' && *ps->p <= '9'; ps->p++) {
    int d = *ps->p - '0';
    if (acc > (INT64_MAX - d) / 10) return fail(ps, CALC_OVERFLOW);
    acc = acc * 10 + d;
  }
  *v = acc;
  return 1;
}

/* unary := ('-' | '+') unary | primary */
static int parse_unary(parser *ps, int64_t *v) {
  skip_ws(ps);
  if (*ps->p != '-' && *ps->p != '+') return parse_primary(ps, v);
  char op = *ps->p++;
  if (!enter(ps) || !parse_unary(ps, v)) return 0;
  ps->depth--;
  if (op == '-') {
    if (*v == INT64_MIN) return fail(ps, CALC_OVERFLOW);
    *v = -*v;
  }
  return 1;
}

/* term := unary (('*' | '/' | '%') unary)* */
static int parse_term(parser *ps, int64_t *v) {
  int64_t acc, rhs;
  if (!parse_unary(ps, &acc)) return 0;
  for (skip_ws(ps); *ps->p == '*' || *ps->p == '/' || *ps->p == '%'; skip_ws(ps)) {
    char op = *ps->p++;
    if (!parse_unary(ps, &rhs)) return 0;
    if (op == '*') {
      if (!mul_ok(acc, rhs, &acc)) return fail(ps, CALC_OVERFLOW);
    } else if (rhs == 0) {
      return fail(ps, CALC_DIV_ZERO);
    } else if (acc == INT64_MIN && rhs == -1) { /* the one overflowing quotient */
      if (op == '/') return fail(ps, CALC_OVERFLOW);
      acc = 0;
    } else {
      acc = op == '/' ? acc / rhs : acc % rhs;
    }
  }
  *v = acc;
  return 1;
}

/* expr := term (('+' | '-') term)* */
static int parse_expr(parser *ps, int64_t *v) {
  int64_t acc, rhs;
  if (!parse_term(ps, &acc)) return 0;
  for (skip_ws(ps); *ps->p == '+' || *ps->p == '-'; skip_ws(ps)) {
    char op = *ps->p++;
    if (!parse_term(ps, &rhs)) return 0;
    if (!(op == '+' ? add_ok(acc, rhs, &acc) : sub_ok(acc, rhs, &acc))) return fail(ps, CALC_OVERFLOW);
  }
  *v = acc;
  return 1;
}

calc_status calc_eval(const char *expr, int64_t *out) {
  parser ps = {expr, CALC_OK, 0};
  int64_t v;
  if (!parse_expr(&ps, &v)) return ps.err;
  skip_ws(&ps);
  if (*ps.p != '\0') return CALC_SYNTAX;
  *out = v;
  return CALC_OK;
}
