#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Rotates a left by k positions (k may exceed n) using three reversals. */
void rotate_left_reverse(int *a, size_t n, size_t k);
/* Same result using the juggling (gcd cycles) algorithm. */
void rotate_left_juggle(int *a, size_t n, size_t k);
/* Rotates right by k using block swaps (Gries-Mills). */
void rotate_right_blockswap(int *a, size_t n, size_t k);
/* Rotation by a signed amount: positive = left, negative = right. */
void rotate_signed(int *a, size_t n, long k);
/* If b is a rotation of a (both length n), returns the smallest left-rotation
 * amount r with rotate_left(a, r) == b; otherwise returns -1. */
long rotation_offset(const int *a, const int *b, size_t n);

#endif
