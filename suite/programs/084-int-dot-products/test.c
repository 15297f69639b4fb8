#include <limits.h>
#include "check.h"
#include "solution.h"

static uint64_t rng_state = 0x1234567887654321ull;
static uint64_t rnd(void) {
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return rng_state = x;
}

#define MAXN 4099
static int32_t a32[MAXN], b32[MAXN];
static int16_t a16[MAXN], b16[MAXN];
static uint8_t a8[MAXN], b8[MAXN];
static uint32_t au[MAXN], bu[MAXN];

int main(void) {
  CHECK(dot_i32(NULL, NULL, 0) == 0);
  CHECK(dot_u8(NULL, NULL, 0) == 0);
  const int32_t p[] = {1, 2, 3}, q[] = {4, -5, 6};
  CHECK(dot_i32(p, q, 3) == 12);
  CHECK(dist2_i32(p, q, 3) == 9 + 49 + 9);
  const int32_t big[] = {INT32_MIN, INT32_MAX}; /* 2^62 + (2^31 - 1)^2 < 2^63 */
  CHECK(dot_i32(big, big, 2) == 4611686018427387904LL + 4611686014132420609LL);
  const int32_t neg1[] = {INT32_MIN, INT32_MIN};
  CHECK(dot_i32(big, neg1, 2) == 4611686018427387904LL - 4611686016279904256LL);
  const int32_t zeros[] = {0, 0, 0};
  CHECK(dist2_i32(big, zeros, 2) == dot_i32(big, big, 2));
  const int16_t s1[] = {-32768, 32767, -1}, s2[] = {-32768, -32768, 1};
  CHECK(dot_i16(s1, s2, 3) == 1073741824 - 1073709056 - 1);
  const uint8_t u1[] = {255, 0, 10}, u2[] = {255, 255, 3};
  CHECK(dot_u8(u1, u2, 3) == 65025 + 30);
  CHECK(sad_u8(u1, u2, 3) == 0 + 255 + 7);
  const uint32_t w1[] = {0xFFFFFFFFu, 2}, w2[] = {0xFFFFFFFFu, 0x80000000u};
  CHECK(dot_wrap_u32(w1, w2, 2) == 1u);

  /* worst case for int16: all products 2^30, sum 2^30 * n must stay < 2^31 */
  for (size_t i = 0; i < 1; i++) { a16[i] = -32768; b16[i] = -32768; }
  CHECK(dot_i16(a16, b16, 1) == 1073741824);
  /* all-255 bytes: 65025 * MAXN fits in uint32 */
  for (size_t i = 0; i < MAXN; i++) a8[i] = b8[i] = 255;
  CHECK(dot_u8(a8, b8, MAXN) == 65025u * MAXN);
  CHECK(sad_u8(a8, b8, MAXN) == 0);

  for (int iter = 0; iter < 300; iter++) {
    size_t n = iter < 40 ? (size_t)iter : (size_t)(rnd() % MAXN);
    for (size_t i = 0; i < n; i++) {
      uint64_t r = rnd();
      /* |values| < 2^25: each product < 2^50 and n < 2^12, so sums stay below 2^62 */
      a32[i] = (int32_t)((int64_t)(r & 0x3FFFFFFu) - 0x2000000);
      b32[i] = (int32_t)((int64_t)((r >> 32) & 0x3FFFFFFu) - 0x2000000);
      if (iter % 7 == 0) { a32[i] = i % 2 ? 0x1FFFFFF : -0x2000000; b32[i] = -0x2000000; }
      a16[i] = (int16_t)((int)(r % 2001) - 1000);
      b16[i] = (int16_t)((int)((r >> 20) % 2001) - 1000);
      a8[i] = (uint8_t)(r >> 40);
      b8[i] = (uint8_t)(r >> 48);
      au[i] = (uint32_t)r;
      bu[i] = (uint32_t)(r >> 29);
    }
    /* reference: each product split as a * (bh * 2^13 + bl) */
    int64_t s = 0;
    int64_t s16 = 0, d2 = 0;
    uint64_t s8 = 0, sad = 0, wrap = 0;
    for (size_t i = 0; i < n; i++) {
      int64_t bh = b32[i] / 8192, bl = b32[i] % 8192;
      s += (int64_t)a32[i] * bh * 8192 + (int64_t)a32[i] * bl;
      s16 += (int64_t)a16[i] * b16[i];
      s8 += (uint64_t)a8[i] * b8[i];
      sad += a8[i] > b8[i] ? (uint64_t)(a8[i] - b8[i]) : (uint64_t)(b8[i] - a8[i]);
      wrap += (uint64_t)au[i] * bu[i];
      int64_t dd = (int64_t)(a32[i] / 2) - (b32[i] / 2);
      d2 += dd * dd;
    }
    CHECK(dot_i32(a32, b32, n) == s);
    CHECK(dot_i16(a16, b16, n) == s16);
    CHECK(dot_u8(a8, b8, n) == s8);
    CHECK(sad_u8(a8, b8, n) == sad);
    CHECK(dot_wrap_u32(au, bu, n) == (uint32_t)wrap);
    for (size_t i = 0; i < n; i++) { a32[i] /= 2; b32[i] /= 2; }
    CHECK(dist2_i32(a32, b32, n) == d2);
    CHECK(dist2_i32(a32, a32, n) == 0);
    CHECK(dot_i32(a32, b32, n) == dot_i32(b32, a32, n));
  }
  return 0;
}
