/*
 * sorting.c - a collection of sorting algorithms on 32-bit keys and on
 * records, each verified against libc qsort on several input shapes
 * (random, sorted, reversed, few-unique, organ-pipe).  Stable sorts are
 * additionally checked for stability on records.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*SortFn)(uint32_t *a, size_t n);

typedef struct {
    uint32_t key;
    uint32_t seq;   /* original position, used for the stability check */
} Record;

static uint64_t comparisons;

static inline int less_u32(uint32_t a, uint32_t b)
{
    comparisons++;
    return a < b;
}

static inline void swap_u32(uint32_t *a, uint32_t *b)
{
    uint32_t t = *a;
    *a = *b;
    *b = t;
}

void insertion_sort(uint32_t *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        uint32_t v = a[i];
        size_t j = i;
        while (j > 0 && less_u32(v, a[j - 1])) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = v;
    }
}

/* Shell sort with the Ciura gap sequence, extended by x2.25. */
void shell_sort(uint32_t *a, size_t n)
{
    size_t gaps[32];
    static const size_t ciura[] = {1, 4, 10, 23, 57, 132, 301, 701, 1750};
    int ng = 0;
    for (size_t i = 0; i < sizeof ciura / sizeof *ciura && ciura[i] < n; i++)
        gaps[ng++] = ciura[i];
    while (ng > 0 && ng < 32 && gaps[ng - 1] * 9 / 4 < n && ng >= 9)
        gaps[ng] = gaps[ng - 1] * 9 / 4, ng++;
    for (int g = ng - 1; g >= 0; g--) {
        size_t gap = gaps[g];
        for (size_t i = gap; i < n; i++) {
            uint32_t v = a[i];
            size_t j = i;
            while (j >= gap && less_u32(v, a[j - gap])) {
                a[j] = a[j - gap];
                j -= gap;
            }
            a[j] = v;
        }
    }
}

static void sift_down(uint32_t *a, size_t start, size_t end)
{
    size_t root = start;
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= end)
            break;
        if (child + 1 < end && less_u32(a[child], a[child + 1]))
            child++;
        if (!less_u32(a[root], a[child]))
            break;
        swap_u32(&a[root], &a[child]);
        root = child;
    }
}

void heap_sort(uint32_t *a, size_t n)
{
    if (n < 2)
        return;
    for (size_t i = n / 2; i-- > 0;)
        sift_down(a, i, n);
    for (size_t end = n - 1; end > 0; end--) {
        swap_u32(&a[0], &a[end]);
        sift_down(a, 0, end);
    }
}

static void merge_rec(uint32_t *a, uint32_t *tmp, size_t lo, size_t hi)
{
    if (hi - lo <= 16) {
        insertion_sort(a + lo, hi - lo);
        return;
    }
    size_t mid = lo + (hi - lo) / 2;
    merge_rec(a, tmp, lo, mid);
    merge_rec(a, tmp, mid, hi);
    if (!less_u32(a[mid], a[mid - 1]))
        return; /* already in order */
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi)
        tmp[k++] = less_u32(a[j], a[i]) ? a[j++] : a[i++];
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < hi)
        tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (hi - lo) * sizeof *a);
}

void merge_sort(uint32_t *a, size_t n)
{
    uint32_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!tmp)
        return;
    merge_rec(a, tmp, 0, n);
    free(tmp);
}

static size_t median3(uint32_t *a, size_t i, size_t j, size_t k)
{
    if (less_u32(a[i], a[j]))
        return less_u32(a[j], a[k]) ? j : (less_u32(a[i], a[k]) ? k : i);
    return less_u32(a[i], a[k]) ? i : (less_u32(a[j], a[k]) ? k : j);
}

/* Introsort: quicksort with median-of-three, heap sort fallback, insertion cutoff. */
static void intro_rec(uint32_t *a, size_t n, int depth)
{
    while (n > 24) {
        if (depth-- == 0) {
            heap_sort(a, n);
            return;
        }
        size_t m = median3(a, 0, n / 2, n - 1);
        swap_u32(&a[0], &a[m]);
        uint32_t pivot = a[0];
        /* Hoare partition. */
        size_t i = 0, j = n;
        for (;;) {
            do
                i++;
            while (i < n && less_u32(a[i], pivot));
            do
                j--;
            while (less_u32(pivot, a[j]));
            if (i >= j)
                break;
            swap_u32(&a[i], &a[j]);
        }
        swap_u32(&a[0], &a[j]);
        /* Recurse into the smaller side, loop on the larger. */
        if (j < n - j - 1) {
            intro_rec(a, j, depth);
            a += j + 1;
            n -= j + 1;
        } else {
            intro_rec(a + j + 1, n - j - 1, depth);
            n = j;
        }
    }
    insertion_sort(a, n);
}

void quick_sort(uint32_t *a, size_t n)
{
    int depth = 0;
    for (size_t m = n; m > 1; m >>= 1)
        depth += 2;
    intro_rec(a, n, depth);
}

/* LSD radix sort, 8 bits per pass. */
void radix_sort(uint32_t *a, size_t n)
{
    uint32_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!tmp)
        return;
    uint32_t *src = a, *dst = tmp;
    for (unsigned shift = 0; shift < 32; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++)
            count[((src[i] >> shift) & 0xFFu) + 1]++;
        if (count[1 + ((src[0] >> shift) & 0xFFu)] == n)
            continue; /* all keys share this digit */
        for (int d = 0; d < 256; d++)
            count[d + 1] += count[d];
        for (size_t i = 0; i < n; i++)
            dst[count[(src[i] >> shift) & 0xFFu]++] = src[i];
        uint32_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != a)
        memcpy(a, src, n * sizeof *a);
    free(tmp);
}

/* Stable merge sort on records (bottom-up). */
static void record_merge_sort(Record *r, size_t n)
{
    Record *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!tmp)
        return;
    Record *src = r, *dst = tmp;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = src[j].key < src[i].key ? src[j++] : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        Record *t = src;
        src = dst;
        dst = t;
    }
    if (src != r)
        memcpy(r, src, n * sizeof *r);
    free(tmp);
}

static int cmp_u32(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    return (a > b) - (a < b);
}

static uint32_t xs_state;

static uint32_t xorshift32(void)
{
    uint32_t x = xs_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return xs_state = x;
}

static void fill(uint32_t *a, size_t n, int shape)
{
    for (size_t i = 0; i < n; i++) {
        switch (shape) {
        case 0: a[i] = xorshift32(); break;
        case 1: a[i] = (uint32_t)i * 3u; break;
        case 2: a[i] = (uint32_t)(n - i); break;
        case 3: a[i] = xorshift32() % 7u; break;
        default: a[i] = (uint32_t)(i < n / 2 ? i : n - i); break;
        }
    }
}

static const char *const shape_names[] = {"random", "sorted", "reverse", "few", "organ"};

int main(void)
{
    static const struct {
        const char *name;
        SortFn fn;
        size_t max_n;
    } sorts[] = {
        {"insertion", insertion_sort, 800},
        {"shell", shell_sort, 8000},
        {"heap", heap_sort, 8000},
        {"merge", merge_sort, 8000},
        {"quick", quick_sort, 8000},
        {"radix", radix_sort, 8000},
    };
    const size_t n = 8000;
    uint32_t *ref = malloc(n * sizeof *ref);
    uint32_t *work = malloc(n * sizeof *work);
    int fails = 0;
    if (!ref || !work)
        return 2;

    for (int shape = 0; shape < 5; shape++) {
        printf("%-8s", shape_names[shape]);
        for (size_t s = 0; s < sizeof sorts / sizeof *sorts; s++) {
            size_t m = sorts[s].max_n < n ? sorts[s].max_n : n;
            xs_state = 2463534242u + (uint32_t)shape;
            fill(ref, m, shape);
            memcpy(work, ref, m * sizeof *work);
            qsort(ref, m, sizeof *ref, cmp_u32);
            comparisons = 0;
            sorts[s].fn(work, m);
            int ok = memcmp(ref, work, m * sizeof *work) == 0;
            if (!ok)
                fails++;
            printf(" %s=%llu%s", sorts[s].name, (unsigned long long)comparisons,
                   ok ? "" : "!");
        }
        printf("\n");
    }

    /* Edge cases: empty and single-element arrays must not crash. */
    for (size_t s = 0; s < sizeof sorts / sizeof *sorts; s++) {
        uint32_t one = 42;
        sorts[s].fn(work, 0);
        sorts[s].fn(&one, 1);
        if (one != 42)
            fails++;
    }

    /* Stability check on records with many duplicate keys. */
    size_t rn = 5000;
    Record *rec = malloc(rn * sizeof *rec);
    if (!rec)
        return 2;
    xs_state = 12345u;
    for (size_t i = 0; i < rn; i++) {
        rec[i].key = xorshift32() % 50u;
        rec[i].seq = (uint32_t)i;
    }
    record_merge_sort(rec, rn);
    int stable = 1;
    uint64_t digest = 0;
    for (size_t i = 0; i < rn; i++) {
        if (i > 0 && (rec[i].key < rec[i - 1].key ||
                      (rec[i].key == rec[i - 1].key && rec[i].seq < rec[i - 1].seq)))
            stable = 0;
        digest = digest * 1099511628211ull + rec[i].seq;
    }
    printf("records stable=%d digest=%016llx\n", stable, (unsigned long long)digest);
    if (!stable)
        fails++;

    free(rec);
    free(ref);
    free(work);
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
