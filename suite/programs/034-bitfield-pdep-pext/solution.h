#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdint.h>

/* Field of `len` bits starting at bit `lo`; requires len >= 1 and lo + len <= 64. */
uint64_t bits_extract(uint64_t x, unsigned lo, unsigned len);
uint64_t bits_insert(uint64_t x, unsigned lo, unsigned len, uint64_t value); /* value truncated */
/* Interprets the low `len` bits (1..64) of x as a two's complement number. */
int64_t sign_extend(uint64_t x, unsigned len);
/* Software versions of x86 BMI2 PDEP / PEXT. */
uint64_t pdep64(uint64_t src, uint64_t mask);
uint64_t pext64(uint64_t src, uint64_t mask);
/* Packs an RGB565 pixel from 8-bit channels (truncating) and unpacks it (replicating high bits). */
uint16_t rgb565_pack(uint8_t r, uint8_t g, uint8_t b);
void rgb565_unpack(uint16_t p, uint8_t *r, uint8_t *g, uint8_t *b);

#endif
