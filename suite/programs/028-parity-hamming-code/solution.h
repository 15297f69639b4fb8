#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdint.h>

unsigned parity32(uint32_t x);      /* xor folding */
unsigned parity64(uint64_t x);      /* multiply trick on nibble parities */
/* 7-bit byte + even parity in bit 7. */
uint8_t add_even_parity(uint8_t seven_bits);
/* Hamming(7,4): encodes 4 data bits into a 7-bit codeword (bit i = position i+1,
 * parity bits at positions 1, 2, 4). */
uint8_t hamming74_encode(uint8_t nibble);
/* Decodes a 7-bit word, correcting up to one flipped bit. *corrected_pos receives the 1-based
 * position that was corrected, or 0 if none. Returns the 4 data bits. */
uint8_t hamming74_decode(uint8_t word, unsigned *corrected_pos);
/* SECDED extension: Hamming(7,4) plus overall parity in bit 7. Returns 0 ok, 1 corrected single
 * error, 2 detected double error (data then unspecified but within 0..15). */
int secded_decode(uint8_t word, uint8_t *nibble);
uint8_t secded_encode(uint8_t nibble);

#endif
