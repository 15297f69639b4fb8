#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* All functions work on NUL-terminated strings of length <= 200 and use top-down memoised
 * recursion. They return (size_t)-1 on allocation failure or over-long input. */

/* Levenshtein distance (insert, delete, substitute, all cost 1). */
size_t edit_distance(const char *a, const char *b);
/* Length of the longest common subsequence. */
size_t lcs_length(const char *a, const char *b);
/* Writes one longest common subsequence into out (capacity >= min(len a, len b) + 1). */
size_t lcs_string(const char *a, const char *b, char *out);
/* Minimum number of characters to delete from s to make it a palindrome (interval recursion). */
size_t min_deletions_palindrome(const char *s);

#endif
