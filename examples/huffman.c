/*
 * huffman.c - static Huffman coding of byte streams.
 *
 * Builds a Huffman tree with a binary min-heap, derives code lengths,
 * assigns canonical codes, and packs the result into a bit stream whose
 * header is just the 256 code lengths.  Two decoders are provided: a
 * canonical (count/offset table) decoder and a tree-walking decoder that
 * rebuilds the tree from the canonical codes.  main() round-trips several
 * generated inputs through both decoders.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NSYM 256
#define MAX_BITS 24

typedef struct {
    uint32_t freq;
    int left, right;   /* child node indices, -1 for leaves */
    int symbol;        /* leaf symbol, -1 for internal nodes */
} Node;

typedef struct {
    int *items;        /* node indices */
    int size;
    const Node *nodes;
} Heap;

typedef struct {
    uint8_t len[NSYM];
    uint32_t code[NSYM];
} CodeTable;

typedef struct {
    uint8_t *buf;
    size_t cap, pos;   /* pos in bits */
} BitWriter;

typedef struct {
    const uint8_t *buf;
    size_t nbits, pos;
} BitReader;

/* ---- heap ordered by (freq, node index) so ties break deterministically ---- */

static int node_less(const Heap *h, int a, int b)
{
    if (h->nodes[a].freq != h->nodes[b].freq)
        return h->nodes[a].freq < h->nodes[b].freq;
    return a < b;
}

static void heap_push(Heap *h, int v)
{
    int i = h->size++;
    h->items[i] = v;
    while (i > 0) {
        int parent = (i - 1) / 2;
        if (!node_less(h, h->items[i], h->items[parent]))
            break;
        int t = h->items[i];
        h->items[i] = h->items[parent];
        h->items[parent] = t;
        i = parent;
    }
}

static int heap_pop(Heap *h)
{
    int top = h->items[0];
    h->items[0] = h->items[--h->size];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->size && node_less(h, h->items[l], h->items[m]))
            m = l;
        if (r < h->size && node_less(h, h->items[r], h->items[m]))
            m = r;
        if (m == i)
            break;
        int t = h->items[i];
        h->items[i] = h->items[m];
        h->items[m] = t;
        i = m;
    }
    return top;
}

/* ---- tree construction and code assignment ---- */

static void assign_lengths(const Node *nodes, int idx, int depth, uint8_t *len)
{
    /* Iterative DFS would avoid recursion; depth is bounded by MAX_BITS-ish anyway. */
    if (nodes[idx].symbol >= 0) {
        len[nodes[idx].symbol] = (uint8_t)(depth == 0 ? 1 : depth);
        return;
    }
    assign_lengths(nodes, nodes[idx].left, depth + 1, len);
    assign_lengths(nodes, nodes[idx].right, depth + 1, len);
}

static int build_lengths(const uint32_t freq[NSYM], uint8_t len[NSYM])
{
    Node nodes[2 * NSYM];
    int items[2 * NSYM];
    Heap heap = {items, 0, nodes};
    int count = 0;

    memset(len, 0, NSYM);
    for (int s = 0; s < NSYM; s++) {
        if (freq[s]) {
            nodes[count] = (Node){freq[s], -1, -1, s};
            heap_push(&heap, count);
            count++;
        }
    }
    if (count == 0)
        return 0;
    while (heap.size > 1) {
        int a = heap_pop(&heap);
        int b = heap_pop(&heap);
        nodes[count] = (Node){nodes[a].freq + nodes[b].freq, a, b, -1};
        heap_push(&heap, count);
        count++;
    }
    assign_lengths(nodes, heap_pop(&heap), 0, len);
    for (int s = 0; s < NSYM; s++)
        if (len[s] > MAX_BITS)
            return -1;
    return 0;
}

/* Canonical codes: shorter codes first, ties ordered by symbol value. */
static void assign_canonical(CodeTable *t)
{
    uint32_t bl_count[MAX_BITS + 1] = {0};
    uint32_t next[MAX_BITS + 2];
    for (int s = 0; s < NSYM; s++)
        bl_count[t->len[s]]++;
    bl_count[0] = 0;
    uint32_t code = 0;
    for (int bits = 1; bits <= MAX_BITS; bits++) {
        code = (code + bl_count[bits - 1]) << 1;
        next[bits] = code;
    }
    for (int s = 0; s < NSYM; s++)
        if (t->len[s])
            t->code[s] = next[t->len[s]]++;
        else
            t->code[s] = 0;
}

/* ---- bit I/O (MSB-first within the code, LSB-first within bytes) ---- */

static int bw_put(BitWriter *w, uint32_t code, int nbits)
{
    for (int i = nbits - 1; i >= 0; i--) {
        size_t byte = w->pos >> 3;
        if (byte >= w->cap) {
            size_t ncap = w->cap ? w->cap * 2 : 64;
            uint8_t *p = realloc(w->buf, ncap);
            if (!p)
                return -1;
            memset(p + w->cap, 0, ncap - w->cap);
            w->buf = p;
            w->cap = ncap;
        }
        if ((code >> i) & 1u)
            w->buf[byte] |= (uint8_t)(1u << (w->pos & 7u));
        w->pos++;
    }
    return 0;
}

static int br_get(BitReader *r)
{
    if (r->pos >= r->nbits)
        return -1;
    int bit = (r->buf[r->pos >> 3] >> (r->pos & 7u)) & 1;
    r->pos++;
    return bit;
}

/* ---- encoder ---- */

int huff_encode(const uint8_t *src, size_t n, CodeTable *table, BitWriter *w)
{
    uint32_t freq[NSYM] = {0};
    for (size_t i = 0; i < n; i++)
        freq[src[i]]++;
    if (build_lengths(freq, table->len))
        return -1;
    assign_canonical(table);
    for (int s = 0; s < NSYM; s++)
        if (bw_put(w, table->len[s], 5))
            return -1;
    for (size_t i = 0; i < n; i++)
        if (bw_put(w, table->code[src[i]], table->len[src[i]]))
            return -1;
    return 0;
}

/* ---- canonical decoder ---- */

static int read_header(BitReader *r, uint8_t len[NSYM])
{
    for (int s = 0; s < NSYM; s++) {
        int v = 0;
        for (int k = 0; k < 5; k++) {
            int b = br_get(r);
            if (b < 0)
                return -1;
            v = (v << 1) | b;
        }
        len[s] = (uint8_t)v;
    }
    return 0;
}

int huff_decode_canonical(const uint8_t *buf, size_t nbits, uint8_t *out, size_t n)
{
    BitReader r = {buf, nbits, 0};
    uint8_t len[NSYM];
    uint16_t count[MAX_BITS + 1] = {0};
    uint16_t symbols[NSYM];
    uint16_t offs[MAX_BITS + 2];

    if (read_header(&r, len))
        return -1;
    for (int s = 0; s < NSYM; s++)
        count[len[s]]++;
    count[0] = 0;
    offs[1] = 0;
    for (int b = 1; b <= MAX_BITS; b++)
        offs[b + 1] = (uint16_t)(offs[b] + count[b]);
    for (int s = 0; s < NSYM; s++)
        if (len[s])
            symbols[offs[len[s]]++] = (uint16_t)s;

    for (size_t i = 0; i < n; i++) {
        int code = 0, first = 0, index = 0;
        int found = 0;
        for (int b = 1; b <= MAX_BITS; b++) {
            int bit = br_get(&r);
            if (bit < 0)
                return -2;
            code |= bit;
            int c = count[b];
            if (code - c < first) {
                out[i] = (uint8_t)symbols[index + (code - first)];
                found = 1;
                break;
            }
            index += c;
            first += c;
            first <<= 1;
            code <<= 1;
        }
        if (!found)
            return -3;
    }
    return 0;
}

/* ---- tree-walking decoder ---- */

typedef struct {
    int child[2 * NSYM][2];
    int sym[2 * NSYM];
    int count;
} DecodeTree;

static int tree_insert(DecodeTree *t, uint32_t code, int len, int sym)
{
    int node = 0;
    for (int i = len - 1; i >= 0; i--) {
        int bit = (int)((code >> i) & 1u);
        if (t->child[node][bit] < 0) {
            if (t->count >= 2 * NSYM)
                return -1;
            int nn = t->count++;
            t->child[nn][0] = t->child[nn][1] = -1;
            t->sym[nn] = -1;
            t->child[node][bit] = nn;
        }
        node = t->child[node][bit];
    }
    t->sym[node] = sym;
    return 0;
}

int huff_decode_tree(const uint8_t *buf, size_t nbits, uint8_t *out, size_t n)
{
    BitReader r = {buf, nbits, 0};
    CodeTable table;
    DecodeTree *t = malloc(sizeof *t);
    int rc = 0;
    if (!t)
        return -1;
    if (read_header(&r, table.len)) {
        free(t);
        return -1;
    }
    assign_canonical(&table);
    t->count = 1;
    t->child[0][0] = t->child[0][1] = -1;
    t->sym[0] = -1;
    for (int s = 0; s < NSYM && rc == 0; s++)
        if (table.len[s])
            rc = tree_insert(t, table.code[s], table.len[s], s);

    for (size_t i = 0; i < n && rc == 0; i++) {
        int node = 0;
        while (t->sym[node] < 0) {
            int bit = br_get(&r);
            if (bit < 0 || t->child[node][bit] < 0) {
                rc = -2;
                break;
            }
            node = t->child[node][bit];
        }
        if (rc == 0)
            out[i] = (uint8_t)t->sym[node];
    }
    free(t);
    return rc;
}

/* ---- test driver ---- */

static uint32_t rng_state = 88172645u;

static uint32_t rng_next(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static int run_case(const char *name, const uint8_t *src, size_t n)
{
    CodeTable table;
    BitWriter w = {NULL, 0, 0};
    uint8_t *a = malloc(n ? n : 1), *b = malloc(n ? n : 1);
    int fail = 1;
    if (!a || !b || huff_encode(src, n, &table, &w))
        goto out;
    if (huff_decode_canonical(w.buf, w.pos, a, n) || huff_decode_tree(w.buf, w.pos, b, n))
        goto out;
    if (n && (memcmp(a, src, n) || memcmp(b, src, n)))
        goto out;

    int maxlen = 0, used = 0;
    uint64_t weighted = 0;
    for (int s = 0; s < NSYM; s++) {
        if (table.len[s]) {
            used++;
            if (table.len[s] > maxlen)
                maxlen = table.len[s];
        }
    }
    for (size_t i = 0; i < n; i++)
        weighted += table.len[src[i]];
    printf("%-8s n=%6zu symbols=%3d maxlen=%2d bits=%7zu payload=%7llu ratio=%.3f\n", name, n,
           used, maxlen, w.pos, (unsigned long long)weighted,
           n ? (double)weighted / (8.0 * (double)n) : 0.0);
    fail = 0;
out:
    if (fail)
        printf("%s: FAILED\n", name);
    free(a);
    free(b);
    free(w.buf);
    return fail;
}

int main(void)
{
    static const char text[] =
        "It was a bright cold day in April, and the clocks were striking thirteen. "
        "Huffman coding assigns short codes to frequent symbols and long codes to rare "
        "ones; the resulting prefix code is optimal among symbol-by-symbol codes.";
    int fails = 0;

    fails += run_case("text", (const uint8_t *)text, sizeof text - 1);

    size_t n = 30000;
    uint8_t *buf = malloc(n);
    if (!buf)
        return 2;
    /* Geometric-ish distribution: many small values, few large. */
    for (size_t i = 0; i < n; i++) {
        uint32_t r = rng_next();
        int v = 0;
        while ((r & 1u) && v < 40) {
            v++;
            r >>= 1;
        }
        buf[i] = (uint8_t)('A' + v);
    }
    fails += run_case("geom", buf, n);

    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)(rng_next() >> 24);
    fails += run_case("uniform", buf, n);

    /* Fibonacci frequencies produce the deepest possible tree for the size. */
    size_t pos = 0;
    uint32_t fa = 1, fb = 1;
    for (int s = 0; s < 20 && pos < n; s++) {
        for (uint32_t k = 0; k < fa && pos < n; k++)
            buf[pos++] = (uint8_t)s;
        uint32_t t = fa + fb;
        fa = fb;
        fb = t;
    }
    fails += run_case("fib", buf, pos);

    memset(buf, 'z', 100);
    fails += run_case("single", buf, 100);
    fails += run_case("empty", buf, 0);

    free(buf);
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
