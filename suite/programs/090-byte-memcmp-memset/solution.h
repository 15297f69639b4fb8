#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Byte-wise re-implementations of the <string.h> memory functions (named
 * differently so that they never clash with the C library). */
void *bytes_set(void *dst, int c, size_t n);
void *bytes_copy(void *restrict dst, const void *restrict src, size_t n);
/* Handles overlapping regions in either direction. */
void *bytes_move(void *dst, const void *src, size_t n);
/* Compares as unsigned char: <0, 0, >0. */
int bytes_cmp(const void *a, const void *b, size_t n);
void *bytes_chr(const void *s, int c, size_t n);
/* Index of the first differing byte, or n if equal. */
size_t bytes_mismatch(const void *a, const void *b, size_t n);
/* Number of bytes equal to c. */
size_t bytes_count(const void *s, int c, size_t n);
/* Reverses n bytes in place. */
void bytes_reverse(void *s, size_t n);
/* XORs key (klen >= 1, repeating) into buf. */
void bytes_xor(void *buf, size_t n, const void *key, size_t klen);

#endif
