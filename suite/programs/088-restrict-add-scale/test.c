#include <string.h>
#include "check.h"
#include "solution.h"

static uint32_t rng_state = 99887766u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}
static float frand(void) { return (float)((int32_t)(rnd() % 20001) - 10000) / 128.0f; }

#define MAXN 1027
static float fa[MAXN], fb[MAXN], fo[MAXN + 8], fo2[MAXN];
static double da[MAXN], db[MAXN], dout[MAXN];
static int32_t ia[MAXN], ib[MAXN], io[MAXN];
static uint16_t ua[MAXN], uo[MAXN];

int main(void) {
  const float x[] = {1, 2, 3}, y[] = {0.5f, -2, 10};
  float o[3];
  add_f32(o, x, y, 3);
  CHECK(o[0] == 1.5f && o[1] == 0 && o[2] == 13);
  add_f32(o, x, x, 3); /* inputs may alias each other */
  CHECK(o[0] == 2 && o[2] == 6);
  scale_f32(o, y, -4.0f, 3);
  CHECK(o[0] == -2 && o[1] == 8 && o[2] == -40);
  scale_inplace_f32(o, 0.25f, 3);
  CHECK(o[0] == -0.5f && o[2] == -10);
  add_f32(o, x, y, 0);
  const int32_t w1[] = {INT32_MAX, INT32_MIN, -1}, w2[] = {1, -1, 1};
  int32_t wo[3];
  add_i32_wrap(wo, w1, w2, 3);
  CHECK(wo[0] == INT32_MIN && wo[1] == INT32_MAX && wo[2] == 0);
  const uint16_t s[] = {0, 1000, 65535, 40000};
  uint16_t so[4];
  gain_u16(so, s, 3, 1, 4); /* x 1.5 */
  CHECK(so[0] == 0 && so[1] == 1500 && so[2] == 65535 && so[3] == 60000);
  gain_u16(so, s, 0xFFFFFFFFu, 0, 4);
  CHECK(so[0] == 0 && so[1] == 65535);
  gain_u16(so, s, 1, 16, 4);
  CHECK(so[2] == 0);
  float acc[3] = {1, 1, 1};
  mac_f32(acc, x, y, 3);
  CHECK(acc[0] == 1.5f && acc[1] == -3 && acc[2] == 31);

  for (int iter = 0; iter < 300; iter++) {
    size_t n = iter < 40 ? (size_t)iter : rnd() % MAXN;
    size_t off = rnd() % 8; /* misaligned destination */
    for (size_t i = 0; i < n; i++) {
      fa[i] = frand();
      fb[i] = frand();
      da[i] = (double)frand();
      db[i] = (double)frand();
      ia[i] = (int32_t)rnd();
      ib[i] = (int32_t)rnd();
      ua[i] = (uint16_t)rnd();
    }
    /* sentinel after the written range */
    for (size_t i = 0; i < MAXN + 8; i++) fo[i] = -12345.0f;
    add_f32(fo + off, fa, fb, n);
    for (size_t i = 0; i < n; i++) CHECK(fo[off + i] == fa[i] + fb[i]); /* single rounding: exact match */
    for (size_t i = 0; i < off; i++) CHECK(fo[i] == -12345.0f);
    for (size_t i = off + n; i < MAXN + 8; i++) CHECK(fo[i] == -12345.0f);

    float sc = frand() / 16.0f;
    scale_f32(fo2, fa, sc, n);
    for (size_t i = 0; i < n; i++) CHECK(fo2[i] == fa[i] * sc);
    memcpy(fo, fa, n * sizeof(float));
    scale_inplace_f32(fo, sc, n);
    for (size_t i = 0; i < n; i++) CHECK(fo[i] == fo2[i]);

    double alpha = (double)frand() / 3.0, beta = -1.25;
    axpby_f64(dout, da, alpha, db, beta, n);
    for (size_t i = 0; i < n; i++) CHECK_NEAR(dout[i], alpha * da[i] + beta * db[i], 1e-12);
    axpby_f64(dout, da, 1.0, da, -1.0, n); /* aliased inputs: zero */
    for (size_t i = 0; i < n; i++) CHECK(dout[i] == 0.0);

    add_i32_wrap(io, ia, ib, n);
    for (size_t i = 0; i < n; i++) {
      int64_t s64 = (int64_t)ia[i] + ib[i];
      if (s64 > INT32_MAX) s64 -= 4294967296LL;
      if (s64 < INT32_MIN) s64 += 4294967296LL;
      CHECK(io[i] == s64);
    }

    uint32_t num = rnd() % 70000;
    unsigned sh = rnd() % 20;
    gain_u16(uo, ua, num, sh, n);
    for (size_t i = 0; i < n; i++) {
      uint64_t v = (uint64_t)ua[i] * num / ((uint64_t)1 << sh);
      CHECK(uo[i] == (v > 65535 ? 65535 : v));
    }

    for (size_t i = 0; i < n; i++) fo2[i] = fa[i];
    mac_f32(fo2, fa, fb, n);
    for (size_t i = 0; i < n; i++) CHECK_NEAR(fo2[i], (double)fa[i] + (double)fa[i] * fb[i], 1e-3);
  }
  return 0;
}
