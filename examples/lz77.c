/*
 * lz77.c - an LZSS compressor/decompressor.
 *
 * Format: a stream of groups.  Each group begins with a flag byte; bit i
 * (LSB first) tells whether item i of the group is a literal (1) or a
 * back-reference (0).  A literal is one raw byte.  A back-reference is two
 * bytes: 12 bits of (distance - 1) and 4 bits of (length - MIN_MATCH).
 * The uncompressed length is stored up front as a 32-bit little-endian value.
 *
 * Matches are found with hash chains over 3-byte prefixes, with a bounded
 * chain walk and an optional one-step lazy evaluation.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW_BITS 12
#define WINDOW_SIZE (1u << WINDOW_BITS)
#define LEN_BITS 4
#define MIN_MATCH 3
#define MAX_MATCH (MIN_MATCH + (1 << LEN_BITS) - 1)
#define HASH_BITS 13
#define HASH_SIZE (1u << HASH_BITS)
#define NO_POS UINT32_MAX

typedef struct {
    uint32_t head[HASH_SIZE];   /* most recent position per hash */
    uint32_t *prev;             /* previous position with same hash */
    size_t max_chain;
    int lazy;
} MatchFinder;

typedef struct {
    uint8_t *data;
    size_t len;
    size_t cap;
} ByteBuf;

typedef struct {
    size_t literals;
    size_t matches;
    size_t matched_bytes;
} Stats;

static int buf_reserve(ByteBuf *b, size_t extra)
{
    if (b->len + extra <= b->cap)
        return 0;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < b->len + extra)
        ncap *= 2;
    uint8_t *p = realloc(b->data, ncap);
    if (!p)
        return -1;
    b->data = p;
    b->cap = ncap;
    return 0;
}

static int buf_push(ByteBuf *b, uint8_t v)
{
    if (buf_reserve(b, 1))
        return -1;
    b->data[b->len++] = v;
    return 0;
}

static uint32_t hash3(const uint8_t *p)
{
    uint32_t v = (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16);
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

static int mf_init(MatchFinder *mf, size_t n, size_t max_chain, int lazy)
{
    for (size_t i = 0; i < HASH_SIZE; i++)
        mf->head[i] = NO_POS;
    mf->prev = malloc((n ? n : 1) * sizeof *mf->prev);
    mf->max_chain = max_chain;
    mf->lazy = lazy;
    return mf->prev ? 0 : -1;
}

static void mf_insert(MatchFinder *mf, const uint8_t *src, size_t n, size_t pos)
{
    if (pos + MIN_MATCH > n)
        return;
    uint32_t h = hash3(src + pos);
    mf->prev[pos] = mf->head[h];
    mf->head[h] = (uint32_t)pos;
}

/* Returns the best match length at pos (0 if < MIN_MATCH); *dist receives the distance. */
static size_t mf_find(const MatchFinder *mf, const uint8_t *src, size_t n, size_t pos,
                      size_t *dist)
{
    if (pos + MIN_MATCH > n)
        return 0;
    size_t limit = n - pos < MAX_MATCH ? n - pos : MAX_MATCH;
    size_t best = 0;
    uint32_t cand = mf->head[hash3(src + pos)];
    size_t chain = mf->max_chain;

    while (cand != NO_POS && chain-- > 0) {
        if (pos - cand > WINDOW_SIZE)
            break;
        const uint8_t *a = src + cand, *b = src + pos;
        size_t l = 0;
        while (l < limit && a[l] == b[l])
            l++;
        if (l > best) {
            best = l;
            *dist = pos - cand;
            if (l == limit)
                break;
        }
        cand = mf->prev[cand];
    }
    return best >= MIN_MATCH ? best : 0;
}

static int emit_u32le(ByteBuf *out, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        if (buf_push(out, (uint8_t)(v >> (8 * i))))
            return -1;
    return 0;
}

int lzss_compress(const uint8_t *src, size_t n, ByteBuf *out, size_t max_chain, int lazy,
                  Stats *st)
{
    MatchFinder *mf = malloc(sizeof *mf);
    if (!mf || mf_init(mf, n, max_chain, lazy)) {
        free(mf);
        return -1;
    }
    memset(st, 0, sizeof *st);
    if (emit_u32le(out, (uint32_t)n))
        goto fail;

    size_t pos = 0, flag_at = 0;
    int item = 8;
    while (pos < n) {
        if (item == 8) {
            flag_at = out->len;
            if (buf_push(out, 0))
                goto fail;
            item = 0;
        }
        size_t dist = 0;
        size_t len = mf_find(mf, src, n, pos, &dist);
        if (len && mf->lazy && pos + 1 < n) {
            /* If the next position gives a clearly longer match, emit a literal now. */
            size_t d2 = 0;
            mf_insert(mf, src, n, pos);
            size_t l2 = mf_find(mf, src, n, pos + 1, &d2);
            if (l2 > len + 1) {
                len = 0;
            }
            /* pos already inserted; skip reinsertion below */
            if (len) {
                for (size_t k = 1; k < len; k++)
                    mf_insert(mf, src, n, pos + k);
            }
        } else {
            size_t span = len ? len : 1;
            for (size_t k = 0; k < span; k++)
                mf_insert(mf, src, n, pos + k);
        }

        if (len) {
            uint32_t code = ((uint32_t)(dist - 1) << LEN_BITS) | (uint32_t)(len - MIN_MATCH);
            if (buf_push(out, (uint8_t)(code >> 8)) || buf_push(out, (uint8_t)code))
                goto fail;
            st->matches++;
            st->matched_bytes += len;
            pos += len;
        } else {
            out->data[flag_at] |= (uint8_t)(1u << item);
            if (buf_push(out, src[pos]))
                goto fail;
            st->literals++;
            pos++;
        }
        item++;
    }
    free(mf->prev);
    free(mf);
    return 0;
fail:
    free(mf->prev);
    free(mf);
    return -1;
}

/* Returns 0 on success, negative on corrupt input. */
int lzss_decompress(const uint8_t *src, size_t n, ByteBuf *out)
{
    if (n < 4)
        return -1;
    size_t expect = (size_t)src[0] | ((size_t)src[1] << 8) | ((size_t)src[2] << 16) |
                    ((size_t)src[3] << 24);
    if (buf_reserve(out, expect))
        return -2;
    size_t ip = 4;
    size_t start = out->len;
    while (out->len - start < expect) {
        if (ip >= n)
            return -3;
        uint8_t flags = src[ip++];
        for (int i = 0; i < 8 && out->len - start < expect; i++) {
            if (flags & (1u << i)) {
                if (ip >= n)
                    return -3;
                out->data[out->len++] = src[ip++];
            } else {
                if (ip + 2 > n)
                    return -3;
                uint32_t code = ((uint32_t)src[ip] << 8) | src[ip + 1];
                ip += 2;
                size_t dist = (code >> LEN_BITS) + 1;
                size_t len = (code & ((1u << LEN_BITS) - 1)) + MIN_MATCH;
                if (dist > out->len - start || out->len - start + len > expect)
                    return -4;
                /* Byte-by-byte copy: overlapping matches are allowed. */
                uint8_t *d = out->data + out->len;
                const uint8_t *s = d - dist;
                for (size_t k = 0; k < len; k++)
                    d[k] = s[k];
                out->len += len;
            }
        }
    }
    return ip == n ? 0 : -5;
}

static uint32_t checksum(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static const char *const corpus_words[] = {
    "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "compression",
    "window", "match", "literal", "offset", "length", "stream", "buffer", "and", "of",
};

/* Build a test input with text-like, run-length and noisy regions. */
static uint8_t *make_input(size_t *out_len, uint32_t seed)
{
    size_t cap = 24000, n = 0;
    uint8_t *p = malloc(cap);
    uint32_t x = seed;
    if (!p)
        return NULL;
    while (n < cap - 64) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        uint32_t kind = x % 10u;
        if (kind < 7) {
            const char *w = corpus_words[(x >> 8) % (sizeof corpus_words / sizeof *corpus_words)];
            size_t wl = strlen(w);
            memcpy(p + n, w, wl);
            n += wl;
            p[n++] = (x >> 20) % 7u == 0 ? '\n' : ' ';
        } else if (kind < 9) {
            size_t run = 4 + (x >> 12) % 40u;
            memset(p + n, (int)('a' + (x >> 4) % 26u), run);
            n += run;
        } else {
            for (int k = 0; k < 16; k++) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                p[n++] = (uint8_t)(x >> 24);
            }
        }
    }
    *out_len = n;
    return p;
}

static int roundtrip(const char *name, const uint8_t *src, size_t n, size_t chain, int lazy)
{
    ByteBuf comp = {0}, back = {0};
    Stats st;
    int rc = 1;
    if (lzss_compress(src, n, &comp, chain, lazy, &st) != 0) {
        printf("%s: compress failed\n", name);
        goto done;
    }
    int drc = lzss_decompress(comp.data, comp.len, &back);
    if (drc != 0 || back.len != n || (n && memcmp(back.data, src, n) != 0)) {
        printf("%s: roundtrip failed (rc=%d)\n", name, drc);
        goto done;
    }
    printf("%-10s chain=%-3zu lazy=%d in=%6zu out=%6zu lit=%5zu match=%5zu crc=%08x\n", name,
           chain, lazy, n, comp.len, st.literals, st.matches, (unsigned)checksum(comp.data, comp.len));
    rc = 0;
done:
    free(comp.data);
    free(back.data);
    return rc;
}

int main(void)
{
    int fails = 0;
    size_t n = 0;
    uint8_t *input = make_input(&n, 0xC0FFEEu);
    if (!input)
        return 2;

    fails += roundtrip("mixed", input, n, 4, 0);
    fails += roundtrip("mixed", input, n, 32, 0);
    fails += roundtrip("mixed", input, n, 32, 1);

    static const uint8_t tiny[] = "abababababababababab";
    fails += roundtrip("tiny", tiny, sizeof tiny - 1, 16, 1);
    fails += roundtrip("empty", tiny, 0, 16, 0);
    fails += roundtrip("two", tiny, 2, 16, 0);

    uint8_t zeros[5000];
    memset(zeros, 0, sizeof zeros);
    fails += roundtrip("zeros", zeros, sizeof zeros, 8, 1);

    /* Corruption must be detected, not crash. */
    ByteBuf comp = {0}, back = {0};
    Stats st;
    if (lzss_compress(input, 300, &comp, 16, 0, &st) == 0) {
        comp.data[5] ^= 0xFF;
        comp.data[6] ^= 0xFF;
        int rc = lzss_decompress(comp.data, comp.len - 3, &back);
        printf("corrupt stream rc=%d\n", rc);
        if (rc == 0)
            fails++;
    }
    free(comp.data);
    free(back.data);
    free(input);

    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
