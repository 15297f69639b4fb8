#include "solution.h"

enum state { S_START, S_IDENT, S_INT, S_FRAC, S_EXP, S_STRING, S_STRING_ESC, S_LINE_COMMENT, S_BLOCK, S_BLOCK_STAR };

static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int str_n_eq(const char *a, size_t n, const char *kw) {
  size_t i = 0;
  for (; i < n; i++)
    if (kw[i] != a[i]) return 0;
  return kw[i] == '\0';
}

static enum tok_kind ident_kind(const char *s, size_t n) {
  switch (s[0]) {
    case 'i': return str_n_eq(s, n, "if") ? TOK_KEYWORD : TOK_IDENT;
    case 'e': return str_n_eq(s, n, "else") ? TOK_KEYWORD : TOK_IDENT;
    case 'w': return str_n_eq(s, n, "while") ? TOK_KEYWORD : TOK_IDENT;
    case 'r': return str_n_eq(s, n, "return") ? TOK_KEYWORD : TOK_IDENT;
    default: return TOK_IDENT;
  }
}

/* Length of a valid exponent part starting at s[i] ('e' [sign] digit), or 0. */
static size_t exponent_len(const char *s, size_t i) {
  if (s[i] != 'e' && s[i] != 'E') return 0;
  if (is_digit(s[i + 1])) return 2;
  return ((s[i + 1] == '+' || s[i + 1] == '-') && is_digit(s[i + 2])) ? 3 : 0;
}

struct token lex_next(const char *src, size_t *pos) {
  size_t i = *pos, start = i, e;
  enum state st = S_START;
  struct token t;
  for (;;) {
    char c = src[i];
    switch (st) {
      case S_START:
        start = i;
        switch (c) {
          case '\0': t.kind = TOK_END; goto done;
          case ' ': case '\t': case '\n': case '\r': i++; continue;
          case '(': i++; t.kind = TOK_LPAREN; goto done;
          case ')': i++; t.kind = TOK_RPAREN; goto done;
          case '{': i++; t.kind = TOK_LBRACE; goto done;
          case '}': i++; t.kind = TOK_RBRACE; goto done;
          case ',': i++; t.kind = TOK_COMMA; goto done;
          case ';': i++; t.kind = TOK_SEMI; goto done;
          case '+': case '-': case '*': case '%': i++; t.kind = TOK_OP; goto done;
          case '/':
            if (src[i + 1] == '/') { st = S_LINE_COMMENT; i += 2; continue; }
            if (src[i + 1] == '*') { st = S_BLOCK; i += 2; continue; }
            i++;
            t.kind = TOK_OP;
            goto done;
          case '=': case '!': case '<': case '>':
            i += src[i + 1] == '=' ? 2 : 1;
            t.kind = TOK_OP;
            goto done;
          case '&': case '|':
            t.kind = src[i + 1] == c ? TOK_OP : TOK_ERROR;
            i += t.kind == TOK_OP ? 2 : 1;
            goto done;
          case '"': st = S_STRING; i++; continue;
          default:
            if (is_alpha(c)) st = S_IDENT;
            else if (is_digit(c)) st = S_INT;
            else { i++; t.kind = TOK_ERROR; goto done; }
            i++;
            continue;
        }
      case S_IDENT:
        if (is_alpha(c) || is_digit(c)) { i++; continue; }
        t.kind = ident_kind(src + start, i - start);
        goto done;
      case S_INT:
      case S_FRAC:
        if (is_digit(c)) { i++; continue; }
        if (st == S_INT && c == '.' && is_digit(src[i + 1])) { st = S_FRAC; i += 2; continue; }
        if ((e = exponent_len(src, i)) != 0) { st = S_EXP; i += e; continue; }
        t.kind = st == S_INT ? TOK_INT : TOK_FLOAT;
        goto done;
      case S_EXP:
        if (is_digit(c)) { i++; continue; }
        t.kind = TOK_FLOAT;
        goto done;
      case S_STRING:
        switch (c) {
          case '\0': case '\n': t.kind = TOK_ERROR; goto done;
          case '"': i++; t.kind = TOK_STRING; goto done;
          case '\\': st = S_STRING_ESC; i++; continue;
          default: i++; continue;
        }
      case S_STRING_ESC:
        switch (c) {
          case '"': case '\\': case 'n': case 't': st = S_STRING; i++; continue;
          default: t.kind = TOK_ERROR; goto done;
        }
      case S_LINE_COMMENT:
        if (c == '\0') { st = S_START; continue; }
        if (c == '\n') st = S_START;
        i++;
        continue;
      case S_BLOCK:
      case S_BLOCK_STAR:
        if (c == '\0') { t.kind = TOK_ERROR; goto done; }
        if (st == S_BLOCK_STAR && c == '/') st = S_START;
        else st = c == '*' ? S_BLOCK_STAR : S_BLOCK;
        i++;
        continue;
    }
  }
done:
  t.start = start;
  t.len = i - start;
  *pos = i;
  return t;
}

size_t lex_all(const char *src, struct token *out, size_t max) {
  size_t pos = 0, n = 0;
  while (n < max) {
    struct token t = lex_next(src, &pos);
    out[n++] = t;
    if (t.kind == TOK_END || t.kind == TOK_ERROR) break;
  }
  return n;
}

const char *tok_kind_name(enum tok_kind k) {
  switch (k) {
    case TOK_END: return "end";
    case TOK_IDENT: return "ident";
    case TOK_KEYWORD: return "keyword";
    case TOK_INT: return "int";
    case TOK_FLOAT: return "float";
    case TOK_STRING: return "string";
    case TOK_OP: return "op";
    case TOK_LPAREN: return "lparen";
    case TOK_RPAREN: return "rparen";
    case TOK_LBRACE: return "lbrace";
    case TOK_RBRACE: return "rbrace";
    case TOK_COMMA: return "comma";
    case TOK_SEMI: return "semi";
    case TOK_ERROR: return "error";
  }
  return "?";
}
