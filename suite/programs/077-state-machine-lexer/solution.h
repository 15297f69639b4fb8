#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

enum tok_kind {
  TOK_END,
  TOK_IDENT,
  TOK_KEYWORD, /* if else while return */
  TOK_INT,
  TOK_FLOAT,   /* digits '.' digits, and/or an exponent e[+-]digits */
  TOK_STRING,  /* "..." with escapes \" \\ \n \t (token includes the quotes) */
  TOK_OP,      /* + - * / % = == != < <= > >= && || ! */
  TOK_LPAREN,
  TOK_RPAREN,
  TOK_LBRACE,
  TOK_RBRACE,
  TOK_COMMA,
  TOK_SEMI,
  TOK_ERROR    /* bad character, bad escape, unterminated string/comment */
};

struct token {
  enum tok_kind kind;
  size_t start;
  size_t len;
};

/* Skips whitespace and comments (// to end of line, block comments) and
 * returns the next token starting at *pos, advancing *pos past it. At the
 * end of input returns TOK_END (len 0) and leaves *pos at the end. */
struct token lex_next(const char *src, size_t *pos);
/* Lexes the whole input into out (at most max tokens); stops after TOK_END
 * or the first TOK_ERROR, which are included. Returns the count written. */
size_t lex_all(const char *src, struct token *out, size_t max);
const char *tok_kind_name(enum tok_kind k);

#endif
