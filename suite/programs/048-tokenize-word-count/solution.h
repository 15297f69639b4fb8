#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Splits s into maximal runs of characters not in delims. Stores the start
 * offset and length of the first max_tokens tokens; returns the total number
 * of tokens (which may exceed max_tokens). starts/lens may be NULL if max_tokens == 0. */
size_t tokenize(const char *s, const char *delims, size_t *starts, size_t *lens, size_t max_tokens);
/* Re-entrant strtok: skips leading delimiters at *cursor, NUL-terminates the
 * token in place, advances *cursor past it. Returns NULL when no token is left. */
char *next_token(char **cursor, const char *delims);
/* Number of words: maximal runs of characters other than ' ', '\t', '\n',
 * '\r', '\v', '\f'. */
size_t word_count(const char *s);
/* Length of the longest word (same definition as word_count). */
size_t longest_word(const char *s);

#endif
