#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdint.h>

/* An 8x8 bit matrix packed in a uint64_t: row r is byte r (bits 8r..8r+7), column c is bit c of
 * that byte. */
uint64_t transpose8x8(uint64_t m);          /* three delta-swap stages */
uint64_t bitmat_multiply8(uint64_t a, uint64_t b); /* boolean (AND/OR) product a * b */
uint64_t bitmat_identity8(void);
/* 32x32 bit matrix as 32 rows of uint32_t; row r bit c is entry (r, c). In-place transpose by
 * recursive block swapping. */
void transpose32x32(uint32_t rows[32]);
/* Flip an 8x8 matrix horizontally (mirror columns) and rotate it 90 degrees clockwise. */
uint64_t flip_horizontal8(uint64_t m);
uint64_t rotate90_cw8(uint64_t m);

#endif
