#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

#define RLE_ERROR SIZE_MAX

/* Binary RLE: each run is stored as (count 1..255, byte). Returns the encoded
 * size, or RLE_ERROR if dst (capacity cap) is too small. */
size_t rle_encode(const uint8_t *src, size_t n, uint8_t *dst, size_t cap);
/* Inverse of rle_encode. Returns the decoded size, or RLE_ERROR if the input
 * is malformed (odd length, zero count) or dst is too small. */
size_t rle_decode(const uint8_t *src, size_t n, uint8_t *dst, size_t cap);
/* Text RLE for strings made of letters only: "aaabcc" -> "a3bc2" (count
 * written in decimal only when the run is longer than 1). dst must have room
 * for 2*strlen(src)+1 bytes. Returns the output length. */
size_t rle_text_encode(const char *src, char *dst);
/* Inverse of rle_text_encode; returns the output length or RLE_ERROR for
 * malformed input (digit first, count 0, leading zero) or when the output
 * would exceed cap-1 characters. */
size_t rle_text_decode(const char *src, char *dst, size_t cap);

#endif
