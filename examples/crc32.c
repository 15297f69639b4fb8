/*
 * crc32.c - checksum routines used by a small archive tool.
 *
 * Implements CRC-32 (IEEE, reflected) both bitwise and table-driven,
 * CRC-16/CCITT-FALSE, Adler-32 and Fletcher-16/32.  main() checks the
 * implementations against each other and against the well-known check
 * values for the string "123456789".
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define CRC32_POLY_REFLECTED 0xEDB88320u
#define CRC16_CCITT_POLY 0x1021u
#define ADLER_MOD 65521u

static uint32_t crc32_table[256];
static uint16_t crc16_table[256];

static void crc32_init_table(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1u) ? (c >> 1) ^ CRC32_POLY_REFLECTED : (c >> 1);
        crc32_table[i] = c;
    }
}

static void crc16_init_table(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint16_t c = (uint16_t)(i << 8);
        for (int k = 0; k < 8; k++)
            c = (c & 0x8000u) ? (uint16_t)((c << 1) ^ CRC16_CCITT_POLY)
                              : (uint16_t)(c << 1);
        crc16_table[i] = c;
    }
}

/* Bit-at-a-time reference implementation. */
static uint32_t crc32_bitwise(const uint8_t *data, size_t len)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int k = 0; k < 8; k++) {
            uint32_t mask = 0u - (crc & 1u);
            crc = (crc >> 1) ^ (CRC32_POLY_REFLECTED & mask);
        }
    }
    return ~crc;
}

/* Incremental table-driven update; pass 0 as the initial crc. */
uint32_t crc32_update(uint32_t crc, const uint8_t *data, size_t len)
{
    crc = ~crc;
    while (len--)
        crc = crc32_table[(crc ^ *data++) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

static uint16_t crc16_bitwise(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFFu;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int k = 0; k < 8; k++)
            crc = (crc & 0x8000u) ? (uint16_t)((crc << 1) ^ CRC16_CCITT_POLY)
                                  : (uint16_t)(crc << 1);
    }
    return crc;
}

uint16_t crc16_table_driven(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFFu;
    for (size_t i = 0; i < len; i++)
        crc = (uint16_t)((crc << 8) ^ crc16_table[((crc >> 8) ^ data[i]) & 0xFFu]);
    return crc;
}

uint32_t adler32(const uint8_t *data, size_t len)
{
    uint32_t a = 1, b = 0;
    while (len > 0) {
        /* 5552 is the largest block that cannot overflow 32 bits. */
        size_t n = len < 5552 ? len : 5552;
        len -= n;
        while (n--) {
            a += *data++;
            b += a;
        }
        a %= ADLER_MOD;
        b %= ADLER_MOD;
    }
    return (b << 16) | a;
}

uint16_t fletcher16(const uint8_t *data, size_t len)
{
    uint32_t s1 = 0, s2 = 0;
    for (size_t i = 0; i < len; i++) {
        s1 = (s1 + data[i]) % 255u;
        s2 = (s2 + s1) % 255u;
    }
    return (uint16_t)((s2 << 8) | s1);
}

/* Fletcher-32 over little-endian 16-bit words; an odd tail byte is zero padded. */
uint32_t fletcher32(const uint8_t *data, size_t len)
{
    uint32_t s1 = 0xFFFF, s2 = 0xFFFF;
    size_t words = len / 2;
    size_t i = 0;
    while (words) {
        size_t block = words > 359 ? 359 : words;
        words -= block;
        while (block--) {
            s1 += (uint32_t)data[i] | ((uint32_t)data[i + 1] << 8);
            s2 += s1;
            i += 2;
        }
        s1 = (s1 & 0xFFFFu) + (s1 >> 16);
        s2 = (s2 & 0xFFFFu) + (s2 >> 16);
    }
    if (len & 1u) {
        s1 += data[len - 1];
        s2 += s1;
        s1 = (s1 & 0xFFFFu) + (s1 >> 16);
        s2 = (s2 & 0xFFFFu) + (s2 >> 16);
    }
    s1 = (s1 & 0xFFFFu) + (s1 >> 16);
    s2 = (s2 & 0xFFFFu) + (s2 >> 16);
    return (s2 << 16) | s1;
}

/* Deterministic pseudo-random test buffer. */
static void fill_buffer(uint8_t *buf, size_t len, uint32_t seed)
{
    uint32_t x = seed;
    for (size_t i = 0; i < len; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        buf[i] = (uint8_t)(x >> 24);
    }
}

static int expect_u32(const char *what, uint32_t got, uint32_t want)
{
    printf("%-22s %08X %s\n", what, (unsigned)got, got == want ? "ok" : "MISMATCH");
    return got == want ? 0 : 1;
}

int main(void)
{
    static uint8_t buf[20000];
    const uint8_t *check = (const uint8_t *)"123456789";
    int failures = 0;

    crc32_init_table();
    crc16_init_table();

    failures += expect_u32("crc32(check)", crc32_update(0, check, 9), 0xCBF43926u);
    failures += expect_u32("crc32_bitwise(check)", crc32_bitwise(check, 9), 0xCBF43926u);
    failures += expect_u32("crc16(check)", crc16_table_driven(check, 9), 0x29B1u);
    failures += expect_u32("adler32(Wikipedia)",
                           adler32((const uint8_t *)"Wikipedia", 9), 0x11E60398u);
    failures += expect_u32("fletcher16(abcde)",
                           fletcher16((const uint8_t *)"abcde", 5), 0xC8F0u);

    fill_buffer(buf, sizeof buf, 0x12345678u);

    /* Table vs bitwise, and incremental vs one-shot. */
    uint32_t whole = crc32_update(0, buf, sizeof buf);
    uint32_t parts = 0;
    for (size_t off = 0; off < sizeof buf; off += 777) {
        size_t n = sizeof buf - off < 777 ? sizeof buf - off : 777;
        parts = crc32_update(parts, buf + off, n);
    }
    failures += expect_u32("crc32 incremental", parts, whole);
    failures += expect_u32("crc32 bitwise(buf)", crc32_bitwise(buf, sizeof buf), whole);
    failures += expect_u32("crc16 bitwise(buf)", crc16_bitwise(buf, sizeof buf),
                           crc16_table_driven(buf, sizeof buf));

    printf("buffer crc32=%08X crc16=%04X adler32=%08X f16=%04X f32=%08X\n",
           (unsigned)whole, (unsigned)crc16_table_driven(buf, sizeof buf),
           (unsigned)adler32(buf, sizeof buf), (unsigned)fletcher16(buf, sizeof buf),
           (unsigned)fletcher32(buf, sizeof buf - 1));

    /* A single flipped bit must change every checksum. */
    uint32_t before = adler32(buf, sizeof buf);
    buf[1234] ^= 0x10;
    if (crc32_update(0, buf, sizeof buf) == whole || adler32(buf, sizeof buf) == before) {
        puts("bit flip not detected");
        failures++;
    }
    printf("failures=%d\n", failures);
    return failures ? 1 : 0;
}
