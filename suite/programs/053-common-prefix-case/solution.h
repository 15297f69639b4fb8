#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Length of the longest common prefix of n strings (0 when n == 0). */
size_t longest_common_prefix(const char *const *strs, size_t n);
/* Same, ignoring ASCII letter case. */
size_t longest_common_prefix_nocase(const char *const *strs, size_t n);
/* ASCII-only case conversions, in place; non-letters untouched. */
void to_upper_ascii(char *s);
void to_lower_ascii(char *s);
void swap_case_ascii(char *s);
/* Title case: the first letter of every run of letters/digits/apostrophes is
 * upper-cased and the rest lower-cased ("hELLO wORLD's-end" -> "Hello World's-End"). */
void to_title_ascii(char *s);
/* Converts "snake_case_name" to "snakeCaseName" in place (underscores removed,
 * the letter after each underscore upper-cased, leading underscores kept).
 * Returns the new length. */
size_t snake_to_camel(char *s);

#endif
