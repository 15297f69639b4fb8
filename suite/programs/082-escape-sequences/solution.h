#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

/* Decodes C-style escapes from src into dst (bytes, not NUL-terminated):
 * \n \t \r \0 \a \b \f \v \\ \' \" \?, octal \o \oo \ooo (value <= 255),
 * hex \xH or \xHH (exactly one or two hex digits are consumed).
 * Returns the number of bytes written, or -1 for an unknown escape, a
 * trailing backslash, \x without hex digits, or an octal value > 255.
 * dst must hold at least strlen(src) bytes. */
long unescape(const char *src, unsigned char *dst);
/* Encodes n bytes into a printable ASCII string: printable characters other
 * than \ and " are copied; \n \t \r \\ \" use the short forms; every other
 * byte becomes \xHH (lowercase). dst must hold 4*n+1 bytes. Returns the
 * length written (excluding the NUL). */
size_t escape(const unsigned char *src, size_t n, char *dst);

#endif
