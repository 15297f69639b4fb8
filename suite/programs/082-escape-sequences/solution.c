#include "solution.h"

static int hex_value(char c) {
  switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return c - '0';
    case 'a': case 'b': case 'c': case 'd': case 'e': case 'f':
      return c - 'a' + 10;
    case 'A': case 'B': case 'C': case 'D': case 'E': case 'F':
      return c - 'A' + 10;
    default:
      return -1;
  }
}

long unescape(const char *src, unsigned char *dst) {
  size_t out = 0;
  for (size_t i = 0; src[i];) {
    char c = src[i++];
    if (c != '\\') {
      dst[out++] = (unsigned char)c;
      continue;
    }
    char e = src[i++];
    switch (e) {
      case 'n': dst[out++] = '\n'; break;
      case 't': dst[out++] = '\t'; break;
      case 'r': dst[out++] = '\r'; break;
      case 'a': dst[out++] = '\a'; break;
      case 'b': dst[out++] = '\b'; break;
      case 'f': dst[out++] = '\f'; break;
      case 'v': dst[out++] = '\v'; break;
      case '\\': case '\'': case '"': case '?':
        dst[out++] = (unsigned char)e;
        break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int v = e - '0';
        for (int k = 0; k < 2 && src[i] >= '0' && src[i] <= '7'; k++) v = v * 8 + (src[i++] - '0');
        if (v > 255) return -1;
        dst[out++] = (unsigned char)v;
        break;
      }
      case 'x': {
        int h = hex_value(src[i]);
        if (h < 0) return -1;
        i++;
        int h2 = hex_value(src[i]);
        if (h2 >= 0) {
          h = h * 16 + h2;
          i++;
        }
        dst[out++] = (unsigned char)h;
        break;
      }
      case '\0': /* trailing backslash */
      default:
        return -1;
    }
  }
  return (long)out;
}

size_t escape(const unsigned char *src, size_t n, char *dst) {
  static const char hex[] = "0123456789abcdef";
  size_t out = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = src[i];
    switch (c) {
      case '\n': dst[out++] = '\\'; dst[out++] = 'n'; break;
      case '\t': dst[out++] = '\\'; dst[out++] = 't'; break;
      case '\r': dst[out++] = '\\'; dst[out++] = 'r'; break;
      case '\\': dst[out++] = '\\'; dst[out++] = '\\'; break;
      case '"': dst[out++] = '\\'; dst[out++] = '"'; break;
      default:
        if (c >= 0x20 && c < 0x7f) {
          dst[out++] = (char)c;
        } else {
          dst[out++] = '\\';
          dst[out++] = 'x';
          dst[out++] = hex[c >> 4];
          dst[out++] = hex[c & 15];
        }
        break;
    }
  }
  dst[out] = '\0';
  return out;
}
