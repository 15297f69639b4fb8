/*
 * utf8.c - strict UTF-8 decoding/encoding and UTF-16 conversion.
 *
 * The decoder rejects overlong forms, surrogates, code points above
 * U+10FFFF and truncated sequences, reporting the offending offset.
 * main() validates a table of good and bad byte strings, converts text
 * to UTF-16 and back, and reverses a string by code points.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define UTF8_ERR (-1)

typedef struct {
    size_t ascii, two, three, four;
} Census;

/* Decode one code point at s[*i]; advances *i.  Returns the code point or UTF8_ERR. */
static int32_t utf8_next(const uint8_t *s, size_t n, size_t *i)
{
    uint8_t b0 = s[*i];
    uint32_t cp, min;
    int extra;
    if (b0 < 0x80) {
        (*i)++;
        return b0;
    } else if ((b0 & 0xE0) == 0xC0) {
        cp = b0 & 0x1Fu;
        extra = 1;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        cp = b0 & 0x0Fu;
        extra = 2;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        cp = b0 & 0x07u;
        extra = 3;
        min = 0x10000;
    } else {
        return UTF8_ERR;
    }
    if (n - *i < (size_t)extra + 1)
        return UTF8_ERR;
    for (int k = 1; k <= extra; k++) {
        uint8_t b = s[*i + (size_t)k];
        if ((b & 0xC0) != 0x80)
            return UTF8_ERR;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return UTF8_ERR;
    *i += (size_t)extra + 1;
    return (int32_t)cp;
}

static size_t utf8_put(uint32_t cp, uint8_t *out)
{
    if (cp < 0x80) {
        out[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xC0 | (cp >> 6));
        out[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (cp >> 12));
        out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | (cp >> 18));
    out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

/* Returns -1 if valid, else the byte offset of the first error. */
long utf8_validate(const uint8_t *s, size_t n, Census *c)
{
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        int32_t cp = utf8_next(s, n, &i);
        if (cp == UTF8_ERR)
            return (long)start;
        if (c) {
            size_t len = i - start;
            if (len == 1)
                c->ascii++;
            else if (len == 2)
                c->two++;
            else if (len == 3)
                c->three++;
            else
                c->four++;
        }
    }
    return -1;
}

/* UTF-8 -> UTF-16; returns number of code units or -1. */
long utf8_to_utf16(const uint8_t *s, size_t n, uint16_t *out, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n) {
        int32_t cp = utf8_next(s, n, &i);
        if (cp == UTF8_ERR)
            return -1;
        if (cp >= 0x10000) {
            if (o + 2 > cap)
                return -1;
            uint32_t v = (uint32_t)cp - 0x10000;
            out[o++] = (uint16_t)(0xD800 | (v >> 10));
            out[o++] = (uint16_t)(0xDC00 | (v & 0x3FF));
        } else {
            if (o + 1 > cap)
                return -1;
            out[o++] = (uint16_t)cp;
        }
    }
    return (long)o;
}

long utf16_to_utf8(const uint16_t *s, size_t n, uint8_t *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = s[i];
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 1 >= n || s[i + 1] < 0xDC00 || s[i + 1] > 0xDFFF)
                return -1;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (s[++i] - 0xDC00u);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return -1;
        }
        if (o + 4 > cap)
            return -1;
        o += utf8_put(cp, out + o);
    }
    return (long)o;
}

/* Reverse code point order (not bytes) into out. */
static size_t utf8_reverse(const uint8_t *s, size_t n, uint8_t *out)
{
    size_t o = n;
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        if (utf8_next(s, n, &i) == UTF8_ERR)
            return 0;
        o -= i - start;
        memcpy(out + o, s + start, i - start);
    }
    return n;
}

int main(void)
{
    static const struct {
        const char *bytes;
        long expect;  /* -1 valid, else error offset */
    } vectors[] = {
        {"plain ascii", -1},
        {"caf\xc3\xa9", -1},
        {"\xe2\x82\xac 100", -1},
        {"\xf0\x9f\x98\x80 smile", -1},
        {"\xc0\xaf", 0},               /* overlong '/' */
        {"ab\xe0\x80\xaf", 2},         /* overlong 3-byte */
        {"\xed\xa0\x80", 0},           /* surrogate */
        {"\xf4\x90\x80\x80", 0},       /* > U+10FFFF */
        {"xyz\xe2\x82", 3},            /* truncated */
        {"\x80", 0},                   /* stray continuation */
        {"ok\xc3\x28", 2},             /* bad continuation */
        {"\xf8\x88\x80\x80\x80", 0},   /* 5-byte form */
    };
    int fails = 0;
    for (size_t i = 0; i < sizeof vectors / sizeof *vectors; i++) {
        const uint8_t *b = (const uint8_t *)vectors[i].bytes;
        long r = utf8_validate(b, strlen(vectors[i].bytes), NULL);
        if (r != vectors[i].expect) {
            printf("vector %zu: got %ld want %ld\n", i, r, vectors[i].expect);
            fails++;
        }
    }
    printf("validated %zu vectors\n", sizeof vectors / sizeof *vectors);

    const char *text = "Gr\xc3\xbc\xc3\x9f" "e, \xe4\xb8\x96\xe7\x95\x8c! \xf0\x9f\x8c\x8d\xf0\x9f\x9a\x80 \xce\xbb=\xe2\x88\x91";
    size_t n = strlen(text);
    Census c = {0, 0, 0, 0};
    utf8_validate((const uint8_t *)text, n, &c);
    printf("census: ascii=%zu 2-byte=%zu 3-byte=%zu 4-byte=%zu\n", c.ascii, c.two, c.three,
           c.four);

    uint16_t u16[64];
    uint8_t back[128], rev[128], rev2[128];
    long units = utf8_to_utf16((const uint8_t *)text, n, u16, 64);
    long blen = units >= 0 ? utf16_to_utf8(u16, (size_t)units, back, sizeof back) : -1;
    int rt = blen == (long)n && memcmp(back, text, n) == 0;
    printf("utf16 units=%ld roundtrip %s\n", units, rt ? "ok" : "FAILED");
    fails += !rt || units != (long)(c.ascii + c.two + c.three + 2 * c.four);

    utf8_reverse((const uint8_t *)text, n, rev);
    utf8_reverse(rev, n, rev2);
    int rv = memcmp(rev2, text, n) == 0 && utf8_validate(rev, n, NULL) == -1;
    size_t k = 0;
    int32_t first = utf8_next(rev, n, &k);
    printf("reverse twice %s, first cp of reversed: U+%04X\n", rv ? "ok" : "FAILED",
           (unsigned)first);
    fails += first != 0x2211;
    fails += !rv;

    /* Encoder/decoder agree on every scalar value (sampled). */
    int checked = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp += (cp < 0x800 ? 1 : 37)) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        uint8_t buf[4];
        size_t len = utf8_put(cp, buf), i = 0;
        if (utf8_next(buf, len, &i) != (int32_t)cp || i != len)
            fails++;
        checked++;
    }
    uint16_t lone = 0xDC00;
    fails += utf16_to_utf8(&lone, 1, back, sizeof back) != -1;
    printf("encode/decode checked %d code points\n", checked);
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
