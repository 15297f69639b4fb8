/*
 * bigint.c - arbitrary-precision unsigned integers with 32-bit limbs.
 *
 * Supports add, subtract, compare, schoolbook multiply, multiply/divide by
 * a small word, shifts, full division (shift-subtract), gcd, integer square
 * root, and decimal conversion in both directions.  main() computes
 * factorials, Fibonacci numbers, powers and digits of sqrt(2) and checks
 * them against known values and algebraic identities.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint32_t *d;   /* little-endian limbs */
    size_t n;      /* used limbs; 0 represents zero */
    size_t cap;
} Big;

static void big_reserve(Big *a, size_t cap)
{
    if (cap <= a->cap)
        return;
    size_t ncap = a->cap ? a->cap : 4;
    while (ncap < cap)
        ncap *= 2;
    uint32_t *p = realloc(a->d, ncap * sizeof *p);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(2);
    }
    a->d = p;
    a->cap = ncap;
}

static void big_trim(Big *a)
{
    while (a->n > 0 && a->d[a->n - 1] == 0)
        a->n--;
}

static void big_free(Big *a)
{
    free(a->d);
    a->d = NULL;
    a->n = a->cap = 0;
}

static void big_set_u64(Big *a, uint64_t v)
{
    big_reserve(a, 2);
    a->d[0] = (uint32_t)v;
    a->d[1] = (uint32_t)(v >> 32);
    a->n = 2;
    big_trim(a);
}

static void big_copy(Big *dst, const Big *src)
{
    big_reserve(dst, src->n ? src->n : 1);
    if (src->n)
        memcpy(dst->d, src->d, src->n * sizeof *src->d);
    dst->n = src->n;
}

static void big_swap(Big *a, Big *b)
{
    Big t = *a;
    *a = *b;
    *b = t;
}

static int big_is_zero(const Big *a)
{
    return a->n == 0;
}

int big_cmp(const Big *a, const Big *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (size_t i = a->n; i-- > 0;)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static size_t big_bitlen(const Big *a)
{
    if (a->n == 0)
        return 0;
    uint32_t top = a->d[a->n - 1];
    size_t bits = 0;
    while (top) {
        bits++;
        top >>= 1;
    }
    return (a->n - 1) * 32 + bits;
}

/* r = a + b; r may alias a or b. */
void big_add(Big *r, const Big *a, const Big *b)
{
    size_t n = a->n > b->n ? a->n : b->n;
    big_reserve(r, n + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t s = carry;
        if (i < a->n)
            s += a->d[i];
        if (i < b->n)
            s += b->d[i];
        r->d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r->d[n] = (uint32_t)carry;
    r->n = n + 1;
    big_trim(r);
}

/* r = a - b, requires a >= b; r may alias a or b. */
void big_sub(Big *r, const Big *a, const Big *b)
{
    size_t n = a->n;
    big_reserve(r, n ? n : 1);
    uint32_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t bi = (i < b->n ? b->d[i] : 0) + (uint64_t)borrow;
        uint64_t ai = a->d[i];
        r->d[i] = (uint32_t)(ai - bi);
        borrow = ai < bi;
    }
    r->n = n;
    big_trim(r);
}

/* r = a * b (schoolbook); r must not alias a or b. */
void big_mul(Big *r, const Big *a, const Big *b)
{
    if (a->n == 0 || b->n == 0) {
        r->n = 0;
        return;
    }
    size_t n = a->n + b->n;
    big_reserve(r, n);
    memset(r->d, 0, n * sizeof *r->d);
    for (size_t i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        uint64_t ai = a->d[i];
        for (size_t j = 0; j < b->n; j++) {
            uint64_t t = ai * b->d[j] + r->d[i + j] + carry;
            r->d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r->d[i + b->n] = (uint32_t)carry;
    }
    r->n = n;
    big_trim(r);
}

void big_mul_small(Big *a, uint32_t m)
{
    uint64_t carry = 0;
    for (size_t i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) {
        big_reserve(a, a->n + 1);
        a->d[a->n++] = (uint32_t)carry;
    }
    if (m == 0)
        a->n = 0;
}

void big_add_small(Big *a, uint32_t v)
{
    uint64_t carry = v;
    for (size_t i = 0; i < a->n && carry; i++) {
        uint64_t t = (uint64_t)a->d[i] + carry;
        a->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) {
        big_reserve(a, a->n + 1);
        a->d[a->n++] = (uint32_t)carry;
    }
}

/* a /= m, returns the remainder.  m must be non-zero. */
uint32_t big_divmod_small(Big *a, uint32_t m)
{
    uint64_t rem = 0;
    for (size_t i = a->n; i-- > 0;) {
        uint64_t cur = (rem << 32) | a->d[i];
        a->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    big_trim(a);
    return (uint32_t)rem;
}

static void big_shl(Big *r, const Big *a, size_t bits)
{
    if (a->n == 0) {
        r->n = 0;
        return;
    }
    size_t limbs = bits / 32, sh = bits % 32;
    size_t n = a->n + limbs + 1;
    big_reserve(r, n);
    /* iterate from the top so r may alias a */
    r->d[n - 1] = 0;
    for (size_t i = a->n; i-- > 0;) {
        uint32_t v = a->d[i];
        if (sh) {
            r->d[i + limbs + 1] |= v >> (32 - sh);
            r->d[i + limbs] = v << sh;
        } else {
            r->d[i + limbs] = v;
        }
    }
    for (size_t i = 0; i < limbs; i++)
        r->d[i] = 0;
    r->n = n;
    big_trim(r);
}

static void big_shr1(Big *a)
{
    for (size_t i = 0; i < a->n; i++) {
        uint32_t hi = i + 1 < a->n ? a->d[i + 1] : 0;
        a->d[i] = (a->d[i] >> 1) | (hi << 31);
    }
    big_trim(a);
}

static void big_set_bit(Big *a, size_t bit)
{
    size_t limb = bit / 32;
    if (limb >= a->n) {
        big_reserve(a, limb + 1);
        memset(a->d + a->n, 0, (limb + 1 - a->n) * sizeof *a->d);
        a->n = limb + 1;
    }
    a->d[limb] |= 1u << (bit % 32);
}

/* q = a / b, r = a % b by binary long division.  b must be non-zero. */
void big_divmod(Big *q, Big *r, const Big *a, const Big *b)
{
    Big shifted = {0};
    big_copy(r, a);
    q->n = 0;
    if (big_cmp(a, b) < 0) {
        big_free(&shifted);
        return;
    }
    size_t shift = big_bitlen(a) - big_bitlen(b);
    big_shl(&shifted, b, shift);
    for (size_t bit = shift + 1; bit-- > 0;) {
        if (big_cmp(r, &shifted) >= 0) {
            big_sub(r, r, &shifted);
            big_set_bit(q, bit);
        }
        big_shr1(&shifted);
    }
    big_free(&shifted);
}

void big_gcd(Big *g, const Big *a, const Big *b)
{
    Big x = {0}, y = {0}, q = {0}, r = {0};
    big_copy(&x, a);
    big_copy(&y, b);
    while (!big_is_zero(&y)) {
        big_divmod(&q, &r, &x, &y);
        big_swap(&x, &y);
        big_swap(&y, &r);
    }
    big_copy(g, &x);
    big_free(&x);
    big_free(&y);
    big_free(&q);
    big_free(&r);
}

/* floor(sqrt(a)) by Newton's method from an over-estimate. */
void big_isqrt(Big *r, const Big *a)
{
    if (big_is_zero(a)) {
        r->n = 0;
        return;
    }
    Big x = {0}, y = {0}, q = {0}, rem = {0}, one = {0};
    big_set_u64(&one, 1);
    big_shl(&x, &one, (big_bitlen(a) + 1) / 2 + 1);
    for (;;) {
        big_divmod(&q, &rem, a, &x);
        big_add(&y, &x, &q);
        big_shr1(&y);
        if (big_cmp(&y, &x) >= 0)
            break;
        big_swap(&x, &y);
    }
    big_copy(r, &x);
    big_free(&x);
    big_free(&y);
    big_free(&q);
    big_free(&rem);
    big_free(&one);
}

/* Decimal conversion, nine digits at a time.  Caller frees the string. */
char *big_to_dec(const Big *a)
{
    Big t = {0};
    big_copy(&t, a);
    size_t cap = a->n * 10 + 2;
    char *out = malloc(cap);
    uint32_t *chunks = malloc((a->n * 2 + 1) * sizeof *chunks);
    if (!out || !chunks) {
        free(out);
        free(chunks);
        big_free(&t);
        return NULL;
    }
    size_t nc = 0;
    while (!big_is_zero(&t))
        chunks[nc++] = big_divmod_small(&t, 1000000000u);
    size_t len = 0;
    if (nc == 0) {
        out[len++] = '0';
    } else {
        len += (size_t)sprintf(out, "%u", (unsigned)chunks[nc - 1]);
        for (size_t i = nc - 1; i-- > 0;)
            len += (size_t)sprintf(out + len, "%09u", (unsigned)chunks[i]);
    }
    out[len] = '\0';
    free(chunks);
    big_free(&t);
    return out;
}

int big_from_dec(Big *a, const char *s)
{
    a->n = 0;
    if (!*s)
        return -1;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return -1;
        big_mul_small(a, 10);
        big_add_small(a, (uint32_t)(*s - '0'));
    }
    return 0;
}

/* ---- demonstrations ---- */

static unsigned digit_sum(const char *s)
{
    unsigned sum = 0;
    for (; *s; s++)
        sum += (unsigned)(*s - '0');
    return sum;
}

static void factorial(Big *r, uint32_t n)
{
    big_set_u64(r, 1);
    for (uint32_t i = 2; i <= n; i++)
        big_mul_small(r, i);
}

static void fibonacci(Big *r, unsigned n)
{
    Big a = {0}, b = {0};
    big_set_u64(&a, 0);
    big_set_u64(&b, 1);
    for (unsigned i = 0; i < n; i++) {
        big_add(&a, &a, &b);
        big_swap(&a, &b);
    }
    big_copy(r, &a);
    big_free(&a);
    big_free(&b);
}

static int check_str(const char *label, const char *got, const char *want)
{
    int ok = got && strcmp(got, want) == 0;
    printf("%-10s %s\n", label, ok ? "ok" : "MISMATCH");
    if (!ok)
        printf("   got  %s\n   want %s\n", got ? got : "(null)", want);
    return !ok;
}

int main(void)
{
    int fails = 0;
    Big a = {0}, b = {0}, c = {0}, q = {0}, r = {0};
    char *s;

    factorial(&a, 30);
    s = big_to_dec(&a);
    fails += check_str("30!", s, "265252859812191058636308480000000");
    free(s);

    factorial(&a, 100);
    s = big_to_dec(&a);
    printf("100! has %zu digits, digit sum %u\n", strlen(s), digit_sum(s));
    fails += digit_sum(s) != 648 || strlen(s) != 158;
    free(s);

    /* 100! / 98! == 9900 */
    factorial(&b, 98);
    big_divmod(&q, &r, &a, &b);
    s = big_to_dec(&q);
    fails += check_str("100!/98!", s, "9900");
    fails += !big_is_zero(&r);
    free(s);

    fibonacci(&a, 100);
    s = big_to_dec(&a);
    fails += check_str("fib(100)", s, "354224848179261915075");
    free(s);

    /* 2^1000: digit sum 1366 */
    big_set_u64(&b, 1);
    big_shl(&a, &b, 1000);
    s = big_to_dec(&a);
    printf("2^1000 has %zu digits, digit sum %u\n", strlen(s), digit_sum(s));
    fails += digit_sum(s) != 1366;
    free(s);

    /* gcd(F(300), F(240)) == F(60) */
    Big f300 = {0}, f240 = {0}, f60 = {0};
    fibonacci(&f300, 300);
    fibonacci(&f240, 240);
    fibonacci(&f60, 60);
    big_gcd(&c, &f300, &f240);
    printf("gcd(F300,F240)==F60: %s\n", big_cmp(&c, &f60) == 0 ? "ok" : "MISMATCH");
    fails += big_cmp(&c, &f60) != 0;

    /* (F300 * F240) / F240 == F300 and the remainder is zero */
    big_mul(&c, &f300, &f240);
    big_divmod(&q, &r, &c, &f240);
    fails += big_cmp(&q, &f300) != 0 || !big_is_zero(&r);
    /* a == q*b + r for an uneven division */
    big_add_small(&c, 12345);
    big_divmod(&q, &r, &c, &f60);
    big_mul(&a, &q, &f60);
    big_add(&a, &a, &r);
    printf("division identity: %s\n", big_cmp(&a, &c) == 0 ? "ok" : "MISMATCH");
    fails += big_cmp(&a, &c) != 0 || big_cmp(&r, &f60) >= 0;

    /* sqrt(2) to 60 decimal places */
    big_set_u64(&a, 2);
    for (int i = 0; i < 120; i++)
        big_mul_small(&a, 10);
    big_isqrt(&b, &a);
    s = big_to_dec(&b);
    fails += check_str("sqrt(2)", s,
                       "1414213562373095048801688724209698078569671875376948073176679");
    free(s);

    /* Decimal round trip and subtraction. */
    const char *dec = "123456789012345678901234567890123456789";
    if (big_from_dec(&a, dec) == 0) {
        s = big_to_dec(&a);
        fails += check_str("roundtrip", s, dec);
        free(s);
        big_from_dec(&b, "99999999999999999999");
        big_sub(&c, &a, &b);
        s = big_to_dec(&c);
        fails += check_str("subtract", s, "123456789012345678801234567890123456790");
        free(s);
    } else {
        fails++;
    }
    fails += big_from_dec(&a, "12x4") == 0;

    /* 3^200 mod 1000000007 via repeated small multiplies and divmod */
    big_set_u64(&a, 1);
    for (int i = 0; i < 200; i++)
        big_mul_small(&a, 3);
    big_copy(&b, &a);
    uint32_t m = big_divmod_small(&b, 1000000007u);
    uint64_t pm = 1;
    for (int i = 0; i < 200; i++)
        pm = pm * 3 % 1000000007u;
    printf("3^200 mod p = %u (expected %llu)\n", (unsigned)m, (unsigned long long)pm);
    fails += m != pm;

    big_free(&a);
    big_free(&b);
    big_free(&c);
    big_free(&q);
    big_free(&r);
    big_free(&f300);
    big_free(&f240);
    big_free(&f60);
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
