/*
 * hashtable.c - open-addressing hash maps, string interning and a word
 * frequency counter.
 *
 *   IntMap   : uint64 -> uint64, linear probing with backward-shift deletion
 *   Interner : string -> dense id, strings stored in a chunked arena
 *
 * main() stress-tests IntMap against a direct-indexed reference, interns
 * the words of an embedded text, counts their frequencies and prints the
 * most common ones.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Hash functions                                                      */
/* ------------------------------------------------------------------ */

static uint64_t mix64(uint64_t x)
{
    /* splitmix64 finaliser */
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return mix64(h);
}

/* ------------------------------------------------------------------ */
/* IntMap                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
    uint64_t key;
    uint64_t value;
    uint8_t used;
} IntSlot;

typedef struct {
    IntSlot *slots;
    size_t cap;      /* power of two */
    size_t count;
    size_t probes;   /* statistics: total probe steps */
} IntMap;

static int intmap_init(IntMap *m, size_t cap)
{
    size_t c = 8;
    while (c < cap)
        c *= 2;
    m->slots = calloc(c, sizeof *m->slots);
    m->cap = c;
    m->count = 0;
    m->probes = 0;
    return m->slots ? 0 : -1;
}

static void intmap_free(IntMap *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

static size_t intmap_find_slot(IntMap *m, uint64_t key)
{
    size_t mask = m->cap - 1;
    size_t i = (size_t)mix64(key) & mask;
    while (m->slots[i].used && m->slots[i].key != key) {
        i = (i + 1) & mask;
        m->probes++;
    }
    return i;
}

static int intmap_grow(IntMap *m)
{
    IntMap bigger;
    if (intmap_init(&bigger, m->cap * 2))
        return -1;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].used)
            continue;
        size_t j = intmap_find_slot(&bigger, m->slots[i].key);
        bigger.slots[j] = m->slots[i];
        bigger.count++;
    }
    bigger.probes = m->probes;
    free(m->slots);
    *m = bigger;
    return 0;
}

/* Insert or overwrite.  Returns 1 if the key was new, 0 if updated, -1 on OOM. */
int intmap_put(IntMap *m, uint64_t key, uint64_t value)
{
    if ((m->count + 1) * 4 > m->cap * 3 && intmap_grow(m))
        return -1;
    size_t i = intmap_find_slot(m, key);
    int fresh = !m->slots[i].used;
    m->slots[i].used = 1;
    m->slots[i].key = key;
    m->slots[i].value = value;
    m->count += (size_t)fresh;
    return fresh;
}

uint64_t *intmap_get(IntMap *m, uint64_t key)
{
    size_t i = intmap_find_slot(m, key);
    return m->slots[i].used ? &m->slots[i].value : NULL;
}

/* Backward-shift deletion keeps probe sequences intact without tombstones. */
int intmap_remove(IntMap *m, uint64_t key)
{
    size_t mask = m->cap - 1;
    size_t i = intmap_find_slot(m, key);
    if (!m->slots[i].used)
        return 0;
    size_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (!m->slots[j].used)
            break;
        size_t home = (size_t)mix64(m->slots[j].key) & mask;
        /* Move j into the hole at i if its home is not in (i, j] cyclically. */
        int in_range = (i <= j) ? (home > i && home <= j) : (home > i || home <= j);
        if (!in_range) {
            m->slots[i] = m->slots[j];
            i = j;
        }
    }
    m->slots[i].used = 0;
    m->count--;
    return 1;
}

/* ------------------------------------------------------------------ */
/* String arena and interner                                           */
/* ------------------------------------------------------------------ */

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    char data[];
} Chunk;

typedef struct {
    Chunk *head;
    size_t total;
} Arena;

static const char *arena_strdup(Arena *a, const char *s, size_t n)
{
    if (!a->head || a->head->size - a->head->used < n + 1) {
        size_t size = n + 1 > 4096 ? n + 1 : 4096;
        Chunk *c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->next = a->head;
        c->used = 0;
        c->size = size;
        a->head = c;
    }
    char *dst = a->head->data + a->head->used;
    memcpy(dst, s, n);
    dst[n] = '\0';
    a->head->used += n + 1;
    a->total += n + 1;
    return dst;
}

static void arena_free(Arena *a)
{
    Chunk *c = a->head;
    while (c) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->total = 0;
}

typedef struct {
    uint64_t hash;
    uint32_t id_plus_one;  /* 0 = empty */
} InternSlot;

typedef struct {
    InternSlot *slots;
    size_t cap;
    const char **strings;  /* id -> string */
    size_t *lengths;
    size_t count, strings_cap;
    Arena arena;
} Interner;

static int interner_init(Interner *in)
{
    memset(in, 0, sizeof *in);
    in->cap = 64;
    in->slots = calloc(in->cap, sizeof *in->slots);
    return in->slots ? 0 : -1;
}

static void interner_free(Interner *in)
{
    free(in->slots);
    free(in->strings);
    free(in->lengths);
    arena_free(&in->arena);
}

static int interner_rehash(Interner *in)
{
    size_t ncap = in->cap * 2;
    InternSlot *ns = calloc(ncap, sizeof *ns);
    if (!ns)
        return -1;
    for (size_t i = 0; i < in->cap; i++) {
        if (!in->slots[i].id_plus_one)
            continue;
        size_t j = (size_t)in->slots[i].hash & (ncap - 1);
        while (ns[j].id_plus_one)
            j = (j + 1) & (ncap - 1);
        ns[j] = in->slots[i];
    }
    free(in->slots);
    in->slots = ns;
    in->cap = ncap;
    return 0;
}

/* Returns the id of s (length n), adding it if new; -1 on OOM. */
long intern(Interner *in, const char *s, size_t n)
{
    uint64_t h = hash_bytes(s, n);
    size_t mask = in->cap - 1;
    size_t i = (size_t)h & mask;
    while (in->slots[i].id_plus_one) {
        uint32_t id = in->slots[i].id_plus_one - 1;
        if (in->slots[i].hash == h && in->lengths[id] == n && memcmp(in->strings[id], s, n) == 0)
            return id;
        i = (i + 1) & mask;
    }
    if (in->count == in->strings_cap) {
        size_t nc = in->strings_cap ? in->strings_cap * 2 : 64;
        const char **ss = realloc(in->strings, nc * sizeof *ss);
        if (!ss)
            return -1;
        in->strings = ss;
        size_t *ls = realloc(in->lengths, nc * sizeof *ls);
        if (!ls)
            return -1;
        in->lengths = ls;
        in->strings_cap = nc;
    }
    const char *copy = arena_strdup(&in->arena, s, n);
    if (!copy)
        return -1;
    uint32_t id = (uint32_t)in->count++;
    in->strings[id] = copy;
    in->lengths[id] = n;
    in->slots[i].hash = h;
    in->slots[i].id_plus_one = id + 1;
    if (in->count * 2 > in->cap && interner_rehash(in))
        return -1;
    return id;
}

/* ------------------------------------------------------------------ */
/* Word frequency                                                      */
/* ------------------------------------------------------------------ */

static const char corpus[] =
    "A lighthouse keeper on a small island kept a log of every ship that passed. "
    "Most days the log was short: a fishing boat in the morning, a ferry at noon, "
    "and sometimes a cargo ship on the horizon at dusk. The keeper liked the short "
    "days. On long days, when the fog came in from the sea, the keeper lit the lamp "
    "early and listened for horns. A horn in the fog meant a ship, and a ship in the "
    "fog meant the lamp mattered. Years passed, the lamp was replaced by an automatic "
    "light, and the log was closed. The keeper left the island on the last ferry, "
    "carrying the log, and on the ferry the keeper read every line of it again.";

typedef struct {
    uint32_t id;
    uint32_t count;
} WordCount;

static const Interner *sort_ctx;

static int cmp_wordcount(const void *pa, const void *pb)
{
    const WordCount *a = pa, *b = pb;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return strcmp(sort_ctx->strings[a->id], sort_ctx->strings[b->id]);
}

static int is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
}

static int count_words(void)
{
    Interner in;
    IntMap counts;
    if (interner_init(&in) || intmap_init(&counts, 16))
        return 1;

    size_t total = 0;
    char word[64];
    /* Process the corpus several times so counts are not all tiny. */
    for (int round = 0; round < 3; round++) {
        const char *p = corpus;
        while (*p) {
            while (*p && !is_word_char(*p))
                p++;
            size_t n = 0;
            while (is_word_char(*p)) {
                if (n < sizeof word - 1) {
                    char c = *p;
                    word[n++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
                }
                p++;
            }
            if (n == 0)
                continue;
            long id = intern(&in, word, n);
            if (id < 0)
                return 1;
            uint64_t *cnt = intmap_get(&counts, (uint64_t)id);
            if (cnt)
                (*cnt)++;
            else
                intmap_put(&counts, (uint64_t)id, 1);
            total++;
        }
    }

    WordCount *wc = malloc(in.count * sizeof *wc);
    if (!wc)
        return 1;
    uint64_t sum = 0;
    for (size_t id = 0; id < in.count; id++) {
        uint64_t *cnt = intmap_get(&counts, id);
        wc[id].id = (uint32_t)id;
        wc[id].count = cnt ? (uint32_t)*cnt : 0;
        sum += wc[id].count;
    }
    sort_ctx = &in;
    qsort(wc, in.count, sizeof *wc, cmp_wordcount);
    printf("words: total=%zu distinct=%zu arena_bytes=%zu\n", total, in.count, in.arena.total);
    printf("top:");
    for (size_t i = 0; i < 8 && i < in.count; i++)
        printf(" %s=%u", in.strings[wc[i].id], (unsigned)wc[i].count);
    printf("\n");

    /* Interning the same word again must return the same id. */
    size_t before = in.count;
    long again = intern(&in, "keeper", 6);
    int ok = sum == total && again >= 0 && strcmp(in.strings[again], "keeper") == 0 &&
             in.count == before && in.count > 0 && strcmp(in.strings[wc[0].id], "the") == 0;
    long fresh = intern(&in, "zeppelin", 8);
    ok = ok && fresh == (long)in.count - 1;

    free(wc);
    intmap_free(&counts);
    interner_free(&in);
    return !ok;
}

/* ------------------------------------------------------------------ */
/* IntMap stress test                                                  */
/* ------------------------------------------------------------------ */

#define KEY_SPACE 4096

static int stress_intmap(void)
{
    IntMap m;
    static uint8_t present[KEY_SPACE];
    static uint64_t ref[KEY_SPACE];
    uint64_t x = 0x243F6A8885A308D3ull;
    int errors = 0;
    size_t inserts = 0, removes = 0, lookups = 0;

    if (intmap_init(&m, 8))
        return 1;
    memset(present, 0, sizeof present);
    for (int step = 0; step < 40000; step++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        /* spread keys so that they are not trivially sequential */
        uint64_t k = (x >> 20) % KEY_SPACE;
        uint64_t key = k * 0x9E3779B97F4A7C15ull;
        unsigned op = (unsigned)(x % 10u);
        if (op < 5) {
            int r = intmap_put(&m, key, x);
            if (r != !present[k])
                errors++;
            present[k] = 1;
            ref[k] = x;
            inserts++;
        } else if (op < 8) {
            int r = intmap_remove(&m, key);
            if (r != present[k])
                errors++;
            present[k] = 0;
            removes++;
        } else {
            uint64_t *v = intmap_get(&m, key);
            if ((v != NULL) != present[k] || (v && *v != ref[k]))
                errors++;
            lookups++;
        }
    }
    /* Full verification pass. */
    size_t live = 0;
    uint64_t digest = 0;
    for (size_t k = 0; k < KEY_SPACE; k++) {
        uint64_t *v = intmap_get(&m, k * 0x9E3779B97F4A7C15ull);
        if ((v != NULL) != present[k] || (v && *v != ref[k]))
            errors++;
        if (present[k]) {
            live++;
            digest ^= mix64(ref[k] + k);
        }
    }
    if (live != m.count)
        errors++;
    printf("intmap: inserts=%zu removes=%zu lookups=%zu live=%zu cap=%zu probes=%zu "
           "digest=%016llx errors=%d\n",
           inserts, removes, lookups, live, m.cap, m.probes, (unsigned long long)digest, errors);
    intmap_free(&m);
    return errors != 0;
}

int main(void)
{
    int fails = 0;
    fails += stress_intmap();
    fails += count_words();
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
