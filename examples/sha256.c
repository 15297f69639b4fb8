/*
 * sha256.c - SHA-256, HMAC-SHA-256 and a few fast non-cryptographic hashes
 * (FNV-1a 32/64 and MurmurHash3-style 32-bit).  main() verifies well-known
 * test vectors and hashes a generated buffer through several APIs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint32_t state[8];
    uint64_t total_len;   /* bytes processed so far */
    uint8_t block[64];
    size_t block_len;     /* bytes pending in block */
} Sha256Ctx;

static const uint32_t K[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u,
    0x923f82a4u, 0xab1c5ed5u, 0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u,
    0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u, 0xe49b69c1u, 0xefbe4786u,
    0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u,
    0x06ca6351u, 0x14292967u, 0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u,
    0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u, 0xa2bfe8a1u, 0xa81a664bu,
    0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au,
    0x5b9cca4fu, 0x682e6ff3u, 0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u,
    0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};

static inline uint32_t rotr32(uint32_t x, unsigned n)
{
    return (x >> n) | (x << (32u - n));
}

static inline uint32_t rotl32(uint32_t x, unsigned n)
{
    return (x << n) | (x >> (32u - n));
}

static uint32_t load_be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static void store_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static void sha256_compress(uint32_t state[8], const uint8_t block[64])
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = load_be32(block + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }

    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = h + S1 + ch + K[i] + w[i];
        uint32_t S0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a; state[1] += b; state[2] += c; state[3] += d;
    state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

void sha256_init(Sha256Ctx *ctx)
{
    static const uint32_t iv[8] = {
        0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
        0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
    };
    memcpy(ctx->state, iv, sizeof iv);
    ctx->total_len = 0;
    ctx->block_len = 0;
}

void sha256_update(Sha256Ctx *ctx, const void *data, size_t len)
{
    const uint8_t *p = data;
    ctx->total_len += len;
    if (ctx->block_len) {
        size_t take = 64 - ctx->block_len;
        if (take > len)
            take = len;
        memcpy(ctx->block + ctx->block_len, p, take);
        ctx->block_len += take;
        p += take;
        len -= take;
        if (ctx->block_len < 64)
            return;
        sha256_compress(ctx->state, ctx->block);
        ctx->block_len = 0;
    }
    while (len >= 64) {
        sha256_compress(ctx->state, p);
        p += 64;
        len -= 64;
    }
    if (len) {
        memcpy(ctx->block, p, len);
        ctx->block_len = len;
    }
}

void sha256_final(Sha256Ctx *ctx, uint8_t out[32])
{
    uint64_t bits = ctx->total_len * 8u;
    uint8_t pad[72];
    size_t padlen = (ctx->block_len < 56) ? 56 - ctx->block_len : 120 - ctx->block_len;
    memset(pad, 0, sizeof pad);
    pad[0] = 0x80;
    for (int i = 0; i < 8; i++)
        pad[padlen + (size_t)i] = (uint8_t)(bits >> (56 - 8 * i));
    sha256_update(ctx, pad, padlen + 8);
    for (int i = 0; i < 8; i++)
        store_be32(out + 4 * i, ctx->state[i]);
}

static void sha256(const void *data, size_t len, uint8_t out[32])
{
    Sha256Ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, data, len);
    sha256_final(&ctx, out);
}

/* HMAC as in RFC 2104, with SHA-256 as the underlying hash. */
void hmac_sha256(const uint8_t *key, size_t key_len, const uint8_t *msg, size_t msg_len,
                 uint8_t out[32])
{
    uint8_t k0[64];
    uint8_t inner[32];
    Sha256Ctx ctx;

    memset(k0, 0, sizeof k0);
    if (key_len > 64)
        sha256(key, key_len, k0);
    else
        memcpy(k0, key, key_len);

    for (int i = 0; i < 64; i++)
        k0[i] ^= 0x36;
    sha256_init(&ctx);
    sha256_update(&ctx, k0, 64);
    sha256_update(&ctx, msg, msg_len);
    sha256_final(&ctx, inner);

    for (int i = 0; i < 64; i++)
        k0[i] ^= 0x36 ^ 0x5c;
    sha256_init(&ctx);
    sha256_update(&ctx, k0, 64);
    sha256_update(&ctx, inner, 32);
    sha256_final(&ctx, out);
}

uint32_t fnv1a32(const void *data, size_t len)
{
    const uint8_t *p = data;
    uint32_t h = 0x811c9dc5u;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x01000193u;
    }
    return h;
}

uint64_t fnv1a64(const void *data, size_t len)
{
    const uint8_t *p = data;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

static uint32_t fmix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

/* MurmurHash3 x86_32 algorithm, little-endian block reads. */
uint32_t murmur3_32(const void *data, size_t len, uint32_t seed)
{
    const uint8_t *p = data;
    const uint32_t c1 = 0xcc9e2d51u, c2 = 0x1b873593u;
    uint32_t h = seed;
    size_t nblocks = len / 4;

    for (size_t i = 0; i < nblocks; i++) {
        const uint8_t *b = p + 4 * i;
        uint32_t k = (uint32_t)b[0] | ((uint32_t)b[1] << 8) | ((uint32_t)b[2] << 16) |
                     ((uint32_t)b[3] << 24);
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
        h = rotl32(h, 13);
        h = h * 5u + 0xe6546b64u;
    }

    const uint8_t *tail = p + nblocks * 4;
    uint32_t k = 0;
    switch (len & 3u) {
    case 3:
        k ^= (uint32_t)tail[2] << 16;
        /* fall through */
    case 2:
        k ^= (uint32_t)tail[1] << 8;
        /* fall through */
    case 1:
        k ^= tail[0];
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
        break;
    default:
        break;
    }
    h ^= (uint32_t)len;
    return fmix32(h);
}

static void to_hex(const uint8_t *d, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[d[i] >> 4];
        out[2 * i + 1] = digits[d[i] & 15];
    }
    out[2 * n] = '\0';
}

static int check_digest(const char *label, const uint8_t d[32], const char *want)
{
    char hex[65];
    to_hex(d, 32, hex);
    int ok = strcmp(hex, want) == 0;
    printf("%-12s %s %s\n", label, hex, ok ? "ok" : "MISMATCH");
    return ok ? 0 : 1;
}

int main(void)
{
    uint8_t d[32];
    int fails = 0;

    sha256("", 0, d);
    fails += check_digest("sha('')", d,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha256("abc", 3, d);
    fails += check_digest("sha(abc)", d,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256(two_blocks, strlen(two_blocks), d);
    fails += check_digest("sha(448bit)", d,
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");

    /* One million 'a', fed in odd-sized chunks to exercise buffering. */
    {
        uint8_t chunk[997];
        Sha256Ctx ctx;
        size_t left = 1000000;
        memset(chunk, 'a', sizeof chunk);
        sha256_init(&ctx);
        while (left) {
            size_t n = left < sizeof chunk ? left : sizeof chunk;
            sha256_update(&ctx, chunk, n);
            left -= n;
        }
        sha256_final(&ctx, d);
        fails += check_digest("sha(1M a)", d,
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    hmac_sha256((const uint8_t *)"Jefe", 4,
                (const uint8_t *)"what do ya want for nothing?", 28, d);
    fails += check_digest("hmac(Jefe)", d,
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

    if (fnv1a32("a", 1) != 0xe40c292cu || fnv1a64("a", 1) != 0xaf63dc4c8601ec8cull) {
        puts("fnv mismatch");
        fails++;
    }
    if (murmur3_32("", 0, 0) != 0 || murmur3_32("test", 4, 0) != 0xba6bd213u) {
        puts("murmur mismatch");
        fails++;
    }

    /* Hash a generated buffer with every function and print a summary. */
    size_t n = 4096 + 13;
    uint8_t *buf = malloc(n);
    if (!buf)
        return 2;
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        buf[i] = (uint8_t)x;
    }
    sha256(buf, n, d);
    char hex[65];
    to_hex(d, 32, hex);
    printf("buf sha256   %s\n", hex);
    printf("buf fnv32=%08x fnv64=%016llx murmur=%08x\n", (unsigned)fnv1a32(buf, n),
           (unsigned long long)fnv1a64(buf, n), (unsigned)murmur3_32(buf, n, 0x9747b28cu));

    /* Count how many single-byte prefixes collide in the low 10 bits. */
    unsigned buckets[1024] = {0};
    unsigned worst = 0;
    for (size_t len = 1; len <= n; len += 3) {
        unsigned b = murmur3_32(buf, len, 7) & 1023u;
        if (++buckets[b] > worst)
            worst = buckets[b];
    }
    printf("murmur worst bucket=%u\n", worst);
    free(buf);

    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
