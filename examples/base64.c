/*
 * base64.c - Base64 (RFC 4648) encoder and strict decoder, plus the
 * URL-safe alphabet and hex encoding.  main() checks the RFC test vectors
 * and round-trips generated buffers of every length from 0 to 300.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char std_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char url_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

typedef struct {
    const char *alphabet;
    int8_t reverse[256];
    int pad;
} B64Codec;

static void codec_init(B64Codec *c, const char *alphabet, int pad)
{
    c->alphabet = alphabet;
    c->pad = pad;
    memset(c->reverse, -1, sizeof c->reverse);
    for (int i = 0; i < 64; i++)
        c->reverse[(unsigned char)alphabet[i]] = (int8_t)i;
}

static size_t encoded_len(size_t n, int pad)
{
    return pad ? (n + 2) / 3 * 4 : n / 3 * 4 + (n % 3 ? n % 3 + 1 : 0);
}

/* Writes a NUL-terminated string; out must hold encoded_len(n) + 1 bytes. */
size_t b64_encode(const B64Codec *c, const uint8_t *in, size_t n, char *out)
{
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = ((uint32_t)in[i] << 16) | ((uint32_t)in[i + 1] << 8) | in[i + 2];
        out[o++] = c->alphabet[(v >> 18) & 63];
        out[o++] = c->alphabet[(v >> 12) & 63];
        out[o++] = c->alphabet[(v >> 6) & 63];
        out[o++] = c->alphabet[v & 63];
    }
    size_t rest = n - i;
    if (rest) {
        uint32_t v = (uint32_t)in[i] << 16;
        if (rest == 2)
            v |= (uint32_t)in[i + 1] << 8;
        out[o++] = c->alphabet[(v >> 18) & 63];
        out[o++] = c->alphabet[(v >> 12) & 63];
        if (rest == 2)
            out[o++] = c->alphabet[(v >> 6) & 63];
        else if (c->pad)
            out[o++] = '=';
        if (c->pad)
            out[o++] = '=';
    }
    out[o] = '\0';
    return o;
}

/* Strict decode: rejects bad characters, bad padding and non-zero trailing bits.
   Returns decoded length or -1. */
long b64_decode(const B64Codec *c, const char *in, size_t n, uint8_t *out)
{
    if (c->pad) {
        if (n % 4)
            return -1;
        if (n && in[n - 1] == '=')
            n--;
        if (n && in[n - 1] == '=')
            n--;
    }
    if (n % 4 == 1)
        return -1;
    size_t o = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int v = c->reverse[(unsigned char)in[i]];
        if (v < 0)
            return -1;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (uint8_t)(acc >> bits);
            acc &= (1u << bits) - 1u;
        }
    }
    if (acc != 0)
        return -1; /* leftover bits must be zero */
    return (long)o;
}

static void hex_encode(const uint8_t *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
    out[2 * n] = '\0';
}

int main(void)
{
    static const char *const rfc_in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    static const char *const rfc_out[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=",
                                          "Zm9vYmFy"};
    B64Codec std, url;
    char enc[512];
    uint8_t dec[400];
    int fails = 0;

    codec_init(&std, std_alphabet, 1);
    codec_init(&url, url_alphabet, 0);

    for (int i = 0; i < 7; i++) {
        b64_encode(&std, (const uint8_t *)rfc_in[i], strlen(rfc_in[i]), enc);
        long d = b64_decode(&std, enc, strlen(enc), dec);
        int ok = strcmp(enc, rfc_out[i]) == 0 && d == (long)strlen(rfc_in[i]) &&
                 memcmp(dec, rfc_in[i], (size_t)d) == 0;
        printf("\"%s\" -> \"%s\" %s\n", rfc_in[i], enc, ok ? "ok" : "MISMATCH");
        fails += !ok;
    }

    /* Round trip every length with both alphabets. */
    uint8_t src[300];
    uint32_t x = 0x9E3779B9u, digest = 0;
    for (size_t i = 0; i < sizeof src; i++) {
        x = x * 1664525u + 1013904223u;
        src[i] = (uint8_t)(x >> 24);
    }
    int roundtrips = 0;
    for (size_t n = 0; n <= sizeof src; n++) {
        for (int k = 0; k < 2; k++) {
            const B64Codec *c = k ? &url : &std;
            size_t el = b64_encode(c, src, n, enc);
            long d = b64_decode(c, enc, el, dec);
            if (el != encoded_len(n, c->pad) || d != (long)n || memcmp(dec, src, n) != 0)
                fails++;
            else
                roundtrips++;
            for (size_t j = 0; j < el; j++)
                digest = (digest ^ (uint8_t)enc[j]) * 16777619u;
        }
    }
    printf("roundtrips=%d digest=%08x\n", roundtrips, (unsigned)digest);

    static const char *const bad[] = {"Zg=", "Zh==", "Z===", "Zm9v!", "Zm9vY", "====", "Zg==Zg=="};
    int rejected = 0;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        rejected += b64_decode(&std, bad[i], strlen(bad[i]), dec) < 0;
    printf("rejected %d of %zu malformed inputs\n", rejected, sizeof bad / sizeof *bad);
    fails += rejected != (int)(sizeof bad / sizeof *bad);

    char hex[64];
    b64_encode(&url, (const uint8_t *)"\xfb\xff\xfe", 3, enc);
    hex_encode((const uint8_t *)"\xfb\xff\xfe", 3, hex);
    printf("url-safe of %s = %s\n", hex, enc);
    fails += strcmp(enc, "-__-") != 0;

    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
