#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Knuth-Morris-Pratt failure function: pi[i] = length of the longest proper
 * prefix of p[0..i] that is also a suffix of it. m may be 0. */
void kmp_prefix(const char *p, size_t m, size_t *pi);
/* Index of the first occurrence of pat in text, or -1. Empty pat -> 0.
 * Patterns longer than 256 characters are supported. */
long kmp_find(const char *text, const char *pat);
/* Stores up to max start indices of all (overlapping) occurrences of a
 * non-empty pat; returns the total count. Empty pat -> 0. */
size_t kmp_find_all(const char *text, const char *pat, size_t *out, size_t max);
/* Smallest period of s: the least k >= 1 such that s[i] == s[i+k] for all
 * valid i (strlen(s) for aperiodic strings, 0 for ""). */
size_t smallest_period(const char *s);

#endif
