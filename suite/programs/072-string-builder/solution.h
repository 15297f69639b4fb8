#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

/* Growable NUL-terminated string. After sb_init, buf is NULL until the first
 * append; sb_cstr always returns a valid string. */
struct strbuf {
  char *buf;
  size_t len;
  size_t cap; /* bytes allocated, including room for the NUL */
};

void sb_init(struct strbuf *sb);
bool sb_append(struct strbuf *sb, const char *s);
bool sb_append_n(struct strbuf *sb, const char *s, size_t n);
bool sb_append_char(struct strbuf *sb, char c);
/* Appends the decimal form of v (any long long, including LLONG_MIN). */
bool sb_append_int(struct strbuf *sb, long long v);
/* Appends s repeated count times. */
bool sb_append_repeat(struct strbuf *sb, const char *s, size_t count);
/* Inserts s at byte offset pos (pos <= len). */
bool sb_insert(struct strbuf *sb, size_t pos, const char *s);
/* Replaces every occurrence of a non-empty needle with repl; returns the
 * number of replacements, or (size_t)-1 on allocation failure. */
size_t sb_replace_all(struct strbuf *sb, const char *needle, const char *repl);
const char *sb_cstr(const struct strbuf *sb);
void sb_clear(struct strbuf *sb); /* len = 0, keeps the allocation */
/* Returns the malloc'ed string (caller frees) and resets sb to empty. Never
 * NULL unless allocation fails. */
char *sb_detach(struct strbuf *sb);
void sb_free(struct strbuf *sb);

#endif
