/*
 * rle.c - PackBits run-length coding and a byte ring buffer.
 *
 * The encoder emits PackBits: a header byte h; 0..127 means copy the next
 * h+1 literal bytes, 129..255 means repeat the next byte 257-h times (128
 * is unused).  The decoder works incrementally: compressed bytes are fed
 * through a fixed-size ring buffer in arbitrary chunk sizes, as they would
 * arrive from a serial line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RING_BITS 8
#define RING_SIZE (1u << RING_BITS)
#define RING_MASK (RING_SIZE - 1u)

typedef struct {
    uint8_t data[RING_SIZE];
    uint32_t head, tail;  /* free-running counters; size = head - tail */
} Ring;

static uint32_t ring_size(const Ring *r) { return r->head - r->tail; }
static uint32_t ring_space(const Ring *r) { return RING_SIZE - ring_size(r); }

static size_t ring_write(Ring *r, const uint8_t *src, size_t n)
{
    size_t k = 0;
    while (k < n && ring_space(r) > 0)
        r->data[r->head++ & RING_MASK] = src[k++];
    return k;
}

static uint8_t ring_peek(const Ring *r, uint32_t offset)
{
    return r->data[(r->tail + offset) & RING_MASK];
}

static void ring_drop(Ring *r, uint32_t n)
{
    r->tail += n;
}

size_t packbits_encode(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        size_t run = 1;
        while (i + run < n && run < 128 && in[i + run] == in[i])
            run++;
        if (run >= 2) {
            out[o++] = (uint8_t)(257 - run);
            out[o++] = in[i];
            i += run;
            continue;
        }
        /* literal block: extend until a run of 2+ starts or 128 bytes */
        size_t start = i, len = 0;
        while (i < n && len < 128) {
            if (i + 1 < n && in[i + 1] == in[i])
                break;
            i++;
            len++;
        }
        if (len == 0) { /* cannot happen, but keep the loop safe */
            i++;
            len = 1;
        }
        out[o++] = (uint8_t)(len - 1);
        memcpy(out + o, in + start, len);
        o += len;
    }
    return o;
}

typedef struct {
    Ring ring;
    uint8_t *out;
    size_t out_len, out_cap;
    int error;
} StreamDecoder;

/* Decode as many complete packets as the ring holds. */
static void decoder_drain(StreamDecoder *d)
{
    while (ring_size(&d->ring) > 0 && !d->error) {
        uint8_t h = ring_peek(&d->ring, 0);
        if (h == 128) {
            ring_drop(&d->ring, 1);
            continue;
        }
        if (h < 128) {
            uint32_t len = (uint32_t)h + 1;
            if (ring_size(&d->ring) < len + 1)
                return; /* wait for more input */
            if (d->out_len + len > d->out_cap) {
                d->error = 1;
                return;
            }
            for (uint32_t k = 0; k < len; k++)
                d->out[d->out_len++] = ring_peek(&d->ring, k + 1);
            ring_drop(&d->ring, len + 1);
        } else {
            if (ring_size(&d->ring) < 2)
                return;
            uint32_t len = 257u - h;
            if (d->out_len + len > d->out_cap) {
                d->error = 1;
                return;
            }
            memset(d->out + d->out_len, ring_peek(&d->ring, 1), len);
            d->out_len += len;
            ring_drop(&d->ring, 2);
        }
    }
}

/* Feed compressed bytes in chunks of varying size. */
static int stream_decode(const uint8_t *comp, size_t n, uint8_t *out, size_t cap,
                         size_t *out_len, uint32_t seed)
{
    StreamDecoder d;
    memset(&d, 0, sizeof d);
    d.out = out;
    d.out_cap = cap;
    size_t pos = 0;
    while (pos < n && !d.error) {
        seed = seed * 1103515245u + 12345u;
        size_t chunk = 1 + (seed >> 16) % 40u;
        if (chunk > n - pos)
            chunk = n - pos;
        size_t wrote = ring_write(&d.ring, comp + pos, chunk);
        pos += wrote;
        decoder_drain(&d);
        if (wrote == 0 && ring_space(&d.ring) == 0)
            return -1; /* stuck: packet larger than the ring */
    }
    *out_len = d.out_len;
    return d.error || ring_size(&d.ring) != 0 ? -1 : 0;
}

int main(void)
{
    const size_t n = 6000;
    uint8_t *in = malloc(n), *comp = malloc(n + n / 64 + 16), *out = malloc(n);
    int fails = 0;
    if (!in || !comp || !out)
        return 2;
    /* Mix of long runs, short runs and noise. */
    uint32_t x = 7u;
    size_t i = 0;
    while (i < n) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        size_t len = 1 + (x >> 8) % ((x & 3u) == 0 ? 300u : 6u);
        uint8_t v = (uint8_t)(x >> 24);
        for (size_t k = 0; k < len && i < n; k++)
            in[i++] = (x & 4u) ? v : (uint8_t)(v + k * 7);
    }

    size_t clen = packbits_encode(in, n, comp);
    for (uint32_t seed = 1; seed <= 5; seed++) {
        size_t olen = 0;
        int rc = stream_decode(comp, clen, out, n, &olen, seed);
        int ok = rc == 0 && olen == n && memcmp(in, out, n) == 0;
        fails += !ok;
        if (!ok)
            printf("seed %u: decode failed rc=%d len=%zu\n", (unsigned)seed, rc, olen);
    }
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < clen; k++)
        h = (h ^ comp[k]) * 16777619u;
    printf("packbits: in=%zu out=%zu ratio=%.3f hash=%08x\n", n, clen, (double)clen / (double)n,
           (unsigned)h);

    /* Known vector from the PackBits description. */
    static const uint8_t apple[] = {0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0xAA, 0xAA, 0xAA,
                                    0xAA, 0x80, 0x00, 0x2A, 0x22, 0xAA, 0xAA, 0xAA, 0xAA,
                                    0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA};
    static const uint8_t want[] = {0xFE, 0xAA, 0x02, 0x80, 0x00, 0x2A, 0xFD, 0xAA, 0x03,
                                   0x80, 0x00, 0x2A, 0x22, 0xF7, 0xAA};
    size_t al = packbits_encode(apple, sizeof apple, comp);
    int vec_ok = al == sizeof want && memcmp(comp, want, al) == 0;
    printf("reference vector %s (%zu -> %zu bytes)\n", vec_ok ? "ok" : "MISMATCH",
           sizeof apple, al);
    fails += !vec_ok;

    /* Truncated stream must be reported. */
    size_t olen;
    fails += stream_decode(want, sizeof want - 1, out, n, &olen, 3) == 0;

    free(in);
    free(comp);
    free(out);
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
