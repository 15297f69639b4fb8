/*
 * allocator.c - a boundary-tag heap allocator over a fixed static arena.
 *
 * The arena is an array of size_t words; every block starts and ends with a
 * tag word holding (size_in_words << 1) | used.  Free blocks additionally
 * store next/prev links (word indices) of an explicit doubly-linked free
 * list.  Freed blocks are coalesced with both neighbours immediately.
 * Placement is first-fit or best-fit.  realloc grows in place when the
 * following block is free.
 *
 * main() replays a deterministic random workload under both policies,
 * checks every allocation's contents and the heap invariants, and prints
 * fragmentation statistics.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define HEAP_WORDS 16384
#define MIN_BLOCK 4              /* header + next + prev + footer */
#define NIL ((size_t)0)          /* index 0 is the prologue, never a free block */

typedef enum { FIRST_FIT, BEST_FIT } Policy;

typedef struct {
    size_t words[HEAP_WORDS];
    size_t free_head;
    Policy policy;
    size_t used_words, peak_words;
    size_t allocs, frees, reallocs_in_place, failed;
} Heap;

static Heap heap;

/* ---- tag helpers ---- */

static size_t tag_size(size_t tag) { return tag >> 1; }
static int tag_used(size_t tag) { return (int)(tag & 1u); }
static size_t make_tag(size_t size, int used) { return (size << 1) | (size_t)(used != 0); }

static void set_tags(size_t b, size_t size, int used)
{
    heap.words[b] = make_tag(size, used);
    heap.words[b + size - 1] = make_tag(size, used);
}

static size_t *link_next(size_t b) { return &heap.words[b + 1]; }
static size_t *link_prev(size_t b) { return &heap.words[b + 2]; }

static void freelist_insert(size_t b)
{
    /* address-ordered insertion keeps first-fit deterministic and compact */
    size_t prev = NIL, cur = heap.free_head;
    while (cur != NIL && cur < b) {
        prev = cur;
        cur = *link_next(cur);
    }
    *link_next(b) = cur;
    *link_prev(b) = prev;
    if (cur != NIL)
        *link_prev(cur) = b;
    if (prev != NIL)
        *link_next(prev) = b;
    else
        heap.free_head = b;
}

static void freelist_remove(size_t b)
{
    size_t next = *link_next(b), prev = *link_prev(b);
    if (prev != NIL)
        *link_next(prev) = next;
    else
        heap.free_head = next;
    if (next != NIL)
        *link_prev(next) = prev;
}

/* Layout: [0] prologue tag (used, size 1) ... blocks ... [N-1] epilogue tag (used, size 1). */
void heap_init(Policy policy)
{
    memset(&heap, 0, sizeof heap);
    heap.policy = policy;
    heap.words[0] = make_tag(1, 1);
    heap.words[HEAP_WORDS - 1] = make_tag(1, 1);
    size_t b = 1, size = HEAP_WORDS - 2;
    set_tags(b, size, 0);
    heap.free_head = NIL;
    freelist_insert(b);
}

static size_t words_for(size_t bytes)
{
    size_t w = (bytes + sizeof(size_t) - 1) / sizeof(size_t) + 2;
    return w < MIN_BLOCK ? MIN_BLOCK : w;
}

static size_t find_fit(size_t need)
{
    size_t best = NIL, best_size = SIZE_MAX;
    for (size_t b = heap.free_head; b != NIL; b = *link_next(b)) {
        size_t s = tag_size(heap.words[b]);
        if (s < need)
            continue;
        if (heap.policy == FIRST_FIT)
            return b;
        if (s < best_size) {
            best = b;
            best_size = s;
            if (s == need)
                break;
        }
    }
    return best;
}

/* Mark block b (free, already unlinked) used with `need` words, splitting the rest. */
static void place(size_t b, size_t need)
{
    size_t size = tag_size(heap.words[b]);
    if (size - need >= MIN_BLOCK) {
        set_tags(b, need, 1);
        set_tags(b + need, size - need, 0);
        freelist_insert(b + need);
    } else {
        set_tags(b, size, 1);
        need = size;
    }
    heap.used_words += need;
    if (heap.used_words > heap.peak_words)
        heap.peak_words = heap.used_words;
}

static void *payload(size_t b) { return &heap.words[b + 1]; }

static size_t block_of(const void *p)
{
    return (size_t)((const size_t *)p - heap.words) - 1;
}

void *hmalloc(size_t bytes)
{
    if (bytes == 0 || bytes > HEAP_WORDS * sizeof(size_t))
        return NULL;
    size_t need = words_for(bytes);
    size_t b = find_fit(need);
    if (b == NIL) {
        heap.failed++;
        return NULL;
    }
    freelist_remove(b);
    place(b, need);
    heap.allocs++;
    return payload(b);
}

/* Merge b with free neighbours; returns the resulting block index (not yet linked). */
static size_t coalesce(size_t b)
{
    size_t size = tag_size(heap.words[b]);
    size_t next = b + size;
    if (!tag_used(heap.words[next])) {
        freelist_remove(next);
        size += tag_size(heap.words[next]);
    }
    size_t prev_tag = heap.words[b - 1];
    if (!tag_used(prev_tag)) {
        size_t prev = b - tag_size(prev_tag);
        freelist_remove(prev);
        size += tag_size(prev_tag);
        b = prev;
    }
    set_tags(b, size, 0);
    return b;
}

void hfree(void *p)
{
    if (!p)
        return;
    size_t b = block_of(p);
    heap.used_words -= tag_size(heap.words[b]);
    heap.frees++;
    set_tags(b, tag_size(heap.words[b]), 0);
    freelist_insert(coalesce(b));
}

void *hcalloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = hmalloc(count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *hrealloc(void *p, size_t bytes)
{
    if (!p)
        return hmalloc(bytes);
    if (bytes == 0) {
        hfree(p);
        return NULL;
    }
    size_t b = block_of(p);
    size_t size = tag_size(heap.words[b]);
    size_t need = words_for(bytes);
    if (need <= size)
        return p; /* shrinking in place: keep the block as is */
    size_t next = b + size;
    if (!tag_used(heap.words[next]) && size + tag_size(heap.words[next]) >= need) {
        size_t total = size + tag_size(heap.words[next]);
        freelist_remove(next);
        heap.used_words -= size;
        set_tags(b, total, 0);
        place(b, need);
        heap.reallocs_in_place++;
        return p;
    }
    void *q = hmalloc(bytes);
    if (!q)
        return NULL;
    memcpy(q, p, (size - 2) * sizeof(size_t));
    hfree(p);
    return q;
}

/* Walk the heap and free list; returns the number of invariant violations. */
int heap_check(size_t *free_blocks, size_t *largest_free)
{
    int errors = 0;
    size_t nfree = 0, largest = 0, used = 0;
    size_t b = 1;
    int prev_free = 0;
    while (b < HEAP_WORDS - 1) {
        size_t tag = heap.words[b];
        size_t size = tag_size(tag);
        if (size < MIN_BLOCK || b + size > HEAP_WORDS - 1) {
            errors++;
            break;
        }
        if (heap.words[b + size - 1] != tag)
            errors++;
        if (!tag_used(tag)) {
            if (prev_free)
                errors++; /* two adjacent free blocks: missed coalesce */
            nfree++;
            if (size > largest)
                largest = size;
        } else {
            used += size;
        }
        prev_free = !tag_used(tag);
        b += size;
    }
    if (b != HEAP_WORDS - 1)
        errors++;
    size_t listed = 0, prev = NIL;
    for (size_t f = heap.free_head; f != NIL && listed <= nfree; f = *link_next(f)) {
        if (tag_used(heap.words[f]) || *link_prev(f) != prev || (prev != NIL && prev >= f))
            errors++;
        prev = f;
        listed++;
    }
    if (listed != nfree || used != heap.used_words)
        errors++;
    *free_blocks = nfree;
    *largest_free = largest;
    return errors;
}

/* ---- workload ---- */

#define SLOTS 96

typedef struct {
    unsigned char *ptr;
    size_t len;
    uint8_t seed;
} Slot;

static uint32_t rng_state;

static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static void fill(Slot *s)
{
    for (size_t i = 0; i < s->len; i++)
        s->ptr[i] = (unsigned char)(s->seed + i * 31u);
}

static int verify(const Slot *s)
{
    for (size_t i = 0; i < s->len; i++)
        if (s->ptr[i] != (unsigned char)(s->seed + i * 31u))
            return 0;
    return 1;
}

static size_t random_size(void)
{
    uint32_t r = rnd();
    switch (r % 4u) {
    case 0: return 1 + (r >> 8) % 16u;      /* tiny */
    case 1: return 16 + (r >> 8) % 112u;    /* small */
    case 2: return 128 + (r >> 8) % 896u;   /* medium */
    default: return 1 + (r >> 8) % 4000u;   /* anything */
    }
}

static int run_workload(Policy policy, const char *name)
{
    static Slot slots[SLOTS];
    int errors = 0, corrupt = 0;
    size_t frag_samples = 0;
    double frag_sum = 0.0;

    heap_init(policy);
    rng_state = 0xA5A5A5A5u;
    memset(slots, 0, sizeof slots);

    for (int step = 0; step < 6000; step++) {
        Slot *s = &slots[rnd() % SLOTS];
        uint32_t op = rnd() % 10u;
        if (s->ptr && !verify(s))
            corrupt++;
        if (!s->ptr) {
            size_t len = random_size();
            s->ptr = op < 2 ? hcalloc(len, 1) : hmalloc(len);
            if (s->ptr) {
                s->len = len;
                if (op < 2) {
                    for (size_t i = 0; i < len; i++)
                        if (s->ptr[i] != 0)
                            corrupt++;
                }
                s->seed = (uint8_t)rnd();
                fill(s);
            }
        } else if (op < 6) {
            hfree(s->ptr);
            s->ptr = NULL;
            s->len = 0;
        } else {
            size_t len = random_size();
            unsigned char *q = hrealloc(s->ptr, len);
            if (q) {
                /* the common prefix must survive */
                Slot probe = {q, len < s->len ? len : s->len, s->seed};
                if (!verify(&probe))
                    corrupt++;
                s->ptr = q;
                s->len = len;
                fill(s);
            }
        }
        if (step % 250 == 0) {
            size_t nfree, largest;
            errors += heap_check(&nfree, &largest);
            size_t free_words = HEAP_WORDS - 2 - heap.used_words;
            if (free_words > 0) {
                frag_sum += 1.0 - (double)largest / (double)free_words;
                frag_samples++;
            }
        }
    }
    for (int i = 0; i < SLOTS; i++) {
        if (slots[i].ptr && !verify(&slots[i]))
            corrupt++;
        hfree(slots[i].ptr);
        slots[i].ptr = NULL;
    }
    size_t nfree, largest;
    errors += heap_check(&nfree, &largest);
    /* After freeing everything the heap must be one block again. */
    if (nfree != 1 || largest != HEAP_WORDS - 2 || heap.used_words != 0)
        errors++;
    printf("%-9s allocs=%zu frees=%zu in-place=%zu failed=%zu peak=%zu words "
           "avg-frag=%.3f errors=%d corrupt=%d\n",
           name, heap.allocs, heap.frees, heap.reallocs_in_place, heap.failed, heap.peak_words,
           frag_samples ? frag_sum / (double)frag_samples : 0.0, errors, corrupt);
    return errors + corrupt;
}

int main(void)
{
    int fails = 0;
    fails += run_workload(FIRST_FIT, "first-fit");
    fails += run_workload(BEST_FIT, "best-fit");

    /* Directed checks: coalescing in both directions and in-place growth. */
    heap_init(FIRST_FIT);
    void *a = hmalloc(100), *b = hmalloc(100), *c = hmalloc(100), *d = hmalloc(100);
    size_t nfree, largest;
    hfree(a);
    hfree(c);
    heap_check(&nfree, &largest);
    int ok = nfree == 3;
    hfree(b); /* merges a, b, c */
    heap_check(&nfree, &largest);
    ok = ok && nfree == 2;
    void *g = hrealloc(d, 2000); /* next block is the big free tail: grows in place */
    ok = ok && g == d && heap.reallocs_in_place == 1;
    ok = ok && hmalloc(0) == NULL && hmalloc(HEAP_WORDS * sizeof(size_t)) == NULL;
    hfree(g);
    ok = ok && heap_check(&nfree, &largest) == 0 && nfree == 1;
    printf("directed checks %s\n", ok ? "ok" : "FAILED");
    fails += !ok;

    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
