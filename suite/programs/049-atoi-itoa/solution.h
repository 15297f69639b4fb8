#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

/* Parses optional leading spaces/tabs, an optional '+' or '-', then decimal
 * digits; parsing stops at the first non-digit. *ok (if non-NULL) is set to
 * false when there are no digits (result 0) or the value overflows int
 * (result clamped to INT_MAX / INT_MIN); true otherwise. */
int my_atoi(const char *s, bool *ok);
/* Writes v in the given base (2..36, lowercase digits, leading '-' for
 * negatives) into buf, which must hold at least 34 bytes. Returns the length,
 * or 0 (and buf = "") for an invalid base. Handles INT_MIN. */
size_t my_itoa(int v, char *buf, int base);
/* Same for unsigned long long; buf must hold at least 65 bytes. */
size_t my_utoa(unsigned long long v, char *buf, int base);
/* Parses a number in base 2..36 (letters either case), no sign; returns false
 * if empty, an invalid digit, or overflow. */
bool parse_unsigned(const char *s, int base, unsigned long long *out);

#endif
