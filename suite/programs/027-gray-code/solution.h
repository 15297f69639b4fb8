#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

uint64_t to_gray(uint64_t x);
uint64_t from_gray(uint64_t g);     /* inverse of to_gray, by prefix xor in log steps */
/* Fills out[0..2^bits-1] with the reflected Gray sequence built by reflection (bits <= 16). */
void gray_sequence(unsigned bits, uint32_t *out);
/* Index of the bit that flips between gray(i) and gray(i+1) (the ruler function of i+1). */
unsigned gray_flip_bit(uint64_t i);
/* Next value in Gray order given the current Gray code g, within `bits` bits (wraps around). */
uint64_t gray_next(uint64_t g, unsigned bits);

#endif
