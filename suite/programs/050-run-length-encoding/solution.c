#include "solution.h"

size_t rle_encode(const uint8_t *src, size_t n, uint8_t *dst, size_t cap) {
  size_t out = 0, i = 0;
  while (i < n) {
    uint8_t b = src[i];
    size_t run = 1;
    while (i + run < n && src[i + run] == b && run < 255) run++;
    if (cap - out < 2) return RLE_ERROR; /* out <= cap always holds */
    dst[out++] = (uint8_t)run;
    dst[out++] = b;
    i += run;
  }
  return out;
}

size_t rle_decode(const uint8_t *src, size_t n, uint8_t *dst, size_t cap) {
  if (n % 2 != 0) return RLE_ERROR;
  size_t out = 0;
  for (size_t i = 0; i < n; i += 2) {
    size_t run = src[i];
    if (run == 0 || cap - out < run) return RLE_ERROR;
    for (size_t k = 0; k < run; k++) dst[out++] = src[i + 1];
  }
  return out;
}

static size_t put_count(size_t count, char *dst) {
  char tmp[24];
  size_t n = 0;
  while (count > 0) {
    tmp[n++] = (char)('0' + count % 10);
    count /= 10;
  }
  for (size_t i = 0; i < n; i++) dst[i] = tmp[n - 1 - i];
  return n;
}

size_t rle_text_encode(const char *src, char *dst) {
  size_t out = 0, i = 0;
  while (src[i]) {
    char c = src[i];
    size_t run = 1;
    while (src[i + run] == c) run++;
    dst[out++] = c;
    if (run > 1) out += put_count(run, dst + out);
    i += run;
  }
  dst[out] = '\0';
  return out;
}

size_t rle_text_decode(const char *src, char *dst, size_t cap) {
  if (cap == 0) return RLE_ERROR;
  size_t out = 0, i = 0;
  while (src[i]) {
    char c = src[i++];
    if (c >= '0' && c <= '9') return RLE_ERROR;
    size_t count = 1;
    if (src[i] >= '0' && src[i] <= '9') {
      if (src[i] == '0') return RLE_ERROR;
      count = 0;
      while (src[i] >= '0' && src[i] <= '9') {
        size_t d = (size_t)(src[i] - '0');
        if (count > (cap - 1) / 10) return RLE_ERROR;
        count = count * 10 + d;
        i++;
      }
    }
    if (count > cap - 1 - out) return RLE_ERROR;
    for (size_t k = 0; k < count; k++) dst[out++] = c;
  }
  dst[out] = '\0';
  return out;
}
