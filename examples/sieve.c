/*
 * sieve.c - a packed bitset and prime sieves built on it.
 *
 * An odd-only sieve of Eratosthenes over a 64-bit-word bitset, a segmented
 * sieve used as a cross-check, prime counting, twin primes, and a Goldbach
 * verification for small even numbers.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t *words;
    size_t nbits;
} Bitset;

static int bitset_init(Bitset *b, size_t nbits)
{
    b->nbits = nbits;
    b->words = calloc((nbits + 63) / 64 + 1, sizeof *b->words);
    return b->words ? 0 : -1;
}

static void bitset_free(Bitset *b)
{
    free(b->words);
    b->words = NULL;
}

static inline void bitset_set(Bitset *b, size_t i)
{
    b->words[i >> 6] |= (uint64_t)1 << (i & 63);
}

static inline int bitset_test(const Bitset *b, size_t i)
{
    return (int)((b->words[i >> 6] >> (i & 63)) & 1u);
}

static unsigned popcount64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

static size_t bitset_count(const Bitset *b)
{
    size_t full = b->nbits / 64, total = 0;
    for (size_t i = 0; i < full; i++)
        total += popcount64(b->words[i]);
    if (b->nbits % 64)
        total += popcount64(b->words[full] & (((uint64_t)1 << (b->nbits % 64)) - 1));
    return total;
}

/* Composite flags for odd numbers: bit k stands for 2k+1.  Sieves [0, limit). */
static int sieve_odd(Bitset *composite, uint32_t limit)
{
    size_t n = (limit + 1) / 2;
    if (bitset_init(composite, n))
        return -1;
    bitset_set(composite, 0); /* 1 is not prime */
    for (uint32_t p = 3; (uint64_t)p * p < limit; p += 2) {
        if (bitset_test(composite, p / 2))
            continue;
        for (uint64_t m = (uint64_t)p * p; m < limit; m += 2u * p)
            bitset_set(composite, (size_t)(m / 2));
    }
    return 0;
}

static int is_prime_sieved(const Bitset *composite, uint32_t v)
{
    if (v < 2)
        return 0;
    if (v % 2 == 0)
        return v == 2;
    return !bitset_test(composite, v / 2);
}

/* Segmented sieve counting primes below limit using a byte array per segment. */
static size_t segmented_count(uint32_t limit, uint32_t segment)
{
    uint32_t root = 1;
    while ((uint64_t)root * root < limit)
        root++;
    uint8_t *small = calloc(root + 1, 1);
    uint8_t *seg = malloc(segment);
    uint32_t *primes = malloc((root + 1) * sizeof *primes);
    size_t np = 0, count = 0;
    if (!small || !seg || !primes) {
        free(small);
        free(seg);
        free(primes);
        return 0;
    }
    for (uint32_t i = 2; i <= root; i++) {
        if (small[i])
            continue;
        primes[np++] = i;
        for (uint32_t j = i * i; j <= root; j += i)
            small[j] = 1;
    }
    for (uint32_t lo = 0; lo < limit; lo += segment) {
        uint32_t hi = limit - lo < segment ? limit : lo + segment;
        memset(seg, 0, segment);
        for (size_t k = 0; k < np; k++) {
            uint32_t p = primes[k];
            uint64_t start = (uint64_t)p * p;
            if (start < lo)
                start = ((uint64_t)lo + p - 1) / p * p;
            for (uint64_t m = start; m < hi; m += p)
                seg[m - lo] = 1;
        }
        for (uint32_t v = lo; v < hi; v++)
            if (v >= 2 && !seg[v - lo])
                count++;
    }
    free(small);
    free(seg);
    free(primes);
    return count;
}

int main(void)
{
    const uint32_t limit = 1000000;
    Bitset comp;
    int fails = 0;
    if (sieve_odd(&comp, limit))
        return 2;

    /* pi(limit) = 1 (for 2) + odd primes */
    size_t odd_primes = comp.nbits - bitset_count(&comp);
    size_t pi = odd_primes + 1;
    size_t seg = segmented_count(limit, 32768);
    printf("pi(%u) = %zu, segmented = %zu\n", (unsigned)limit, pi, seg);
    fails += pi != 78498 || seg != pi;

    size_t twins = 0;
    uint64_t sum = 0;
    uint32_t last = 0, max_gap = 0, gap_at = 0;
    for (uint32_t v = 2; v < limit; v++) {
        if (!is_prime_sieved(&comp, v))
            continue;
        sum += v;
        if (last && v - last > max_gap) {
            max_gap = v - last;
            gap_at = last;
        }
        if (v >= 5 && is_prime_sieved(&comp, v - 2))
            twins++;
        last = v;
    }
    printf("twin pairs=%zu sum=%llu largest prime=%u max gap=%u after %u\n", twins,
           (unsigned long long)sum, (unsigned)last, (unsigned)max_gap, (unsigned)gap_at);
    fails += twins != 8169 || last != 999983;

    /* Goldbach: each even n in [4, 20000] is a sum of two primes. */
    uint32_t worst_n = 0, worst_p = 0;
    for (uint32_t n = 4; n <= 20000; n += 2) {
        uint32_t p = 2;
        while (p <= n / 2 && !(is_prime_sieved(&comp, p) && is_prime_sieved(&comp, n - p)))
            p++;
        if (p > n / 2) {
            printf("goldbach fails at %u\n", (unsigned)n);
            fails++;
        } else if (p > worst_p) {
            worst_p = p;
            worst_n = n;
        }
    }
    printf("goldbach ok up to 20000; largest minimal prime %u at n=%u\n", (unsigned)worst_p,
           (unsigned)worst_n);

    bitset_free(&comp);
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
