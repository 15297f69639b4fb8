#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdint.h>

/* 2D Z-order: bit i of x goes to bit 2i, bit i of y to bit 2i+1. */
uint64_t morton2_encode(uint32_t x, uint32_t y);
void morton2_decode(uint64_t code, uint32_t *x, uint32_t *y);
/* 3D Z-order for 21-bit coordinates: x -> bit 3i, y -> 3i+1, z -> 3i+2. Higher bits are ignored. */
uint64_t morton3_encode(uint32_t x, uint32_t y, uint32_t z);
void morton3_decode(uint64_t code, uint32_t *x, uint32_t *y, uint32_t *z);
/* Morton code of the neighbour (x+1, y) computed directly on the code (wraps at 2^32). */
uint64_t morton2_inc_x(uint64_t code);

#endif
