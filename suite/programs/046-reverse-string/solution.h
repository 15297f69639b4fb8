#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Reverses a NUL-terminated string in place. NULL is ignored. */
void str_reverse(char *s);
/* Reverses the order of space-separated words in place: each maximal run of
 * non-space characters keeps its spelling, the spaces are mirrored with it
 * ("  ab cd" -> "cd ab  "). NULL is ignored. */
void reverse_words(char *s);
/* Writes the reverse of src into dst (capacity cap, always NUL-terminated when
 * cap > 0, truncated if needed: the first cap-1 characters of the reversed
 * string). Returns strlen(src). */
size_t reverse_copy(const char *src, char *dst, size_t cap);

#endif
