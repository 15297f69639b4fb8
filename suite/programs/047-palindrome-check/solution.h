#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

/* True if s reads the same both ways when only ASCII letters and digits are
 * considered and letter case is ignored ("A man, a plan..." is one). NULL -> false. */
bool is_palindrome_alnum(const char *s);
/* Length of the longest palindromic substring of s (exact characters);
 * *start receives the earliest start among the longest ones. "" -> 0, start 0. */
size_t longest_palindrome(const char *s, size_t *start);
/* True if the decimal digits of n form a palindrome; negative numbers -> false. */
bool is_palindrome_number(long long n);
/* Number of palindromic substrings (counted by position) in s. */
size_t count_palindromic_substrings(const char *s);

#endif
