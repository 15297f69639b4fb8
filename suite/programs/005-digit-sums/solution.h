#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* All functions take a base in [2, 36]. */
unsigned digit_count(uint64_t n, unsigned base);      /* digit_count(0) == 1 */
uint64_t digit_sum(uint64_t n, unsigned base);
unsigned digital_root(uint64_t n);                     /* base 10, repeated digit sum */
/* Reverses the digits; returns false if the result would not fit in 64 bits. */
bool reverse_digits(uint64_t n, unsigned base, uint64_t *out);
bool is_digit_palindrome(uint64_t n, unsigned base);
/* Writes n in the base (lowercase letters, NUL-terminated) to buf of size cap.
 * Returns the length, or 0 if buf is too small. */
size_t to_base_string(uint64_t n, unsigned base, char *buf, size_t cap);
/* Sum of d^k over decimal digits d, where k is the number of digits (Armstrong test helper). */
uint64_t narcissistic_sum(uint64_t n);

#endif
