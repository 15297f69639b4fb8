#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Writes the canonical Roman numeral for 1 <= v <= 3999 into buf (at least
 * 16 bytes). Returns its length, or 0 (buf = "") when v is out of range. */
size_t to_roman(int v, char *buf);
/* Value of a canonical Roman numeral (uppercase, subtractive notation,
 * e.g. "MCMXCIV" -> 1994), or -1 if s is empty, contains another character,
 * or is not the canonical spelling ("IIII", "IC", "VX", "MMMM" are rejected). */
int from_roman(const char *s);
/* Lenient parser: accepts lowercase and any additive/subtractive mix by the
 * usual rule (a smaller value before a larger one is subtracted). Returns -1
 * on an invalid character or empty input. */
int from_roman_lenient(const char *s);

#endif
