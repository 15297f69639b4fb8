#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 4242u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define MAXD 12
static int ti[MAXD * MAXD], to[MAXD * MAXD], tt[MAXD * MAXD];
static long long la[MAXD * MAXD], lb[MAXD * MAXD], lc[MAXD * MAXD], lr[MAXD * MAXD];
static double da[MAXD * MAXD], db[MAXD * MAXD], dc[MAXD * MAXD], dt[MAXD * MAXD];
static long long scratch[3 * MAXD * MAXD];

int main(void) {
  const int m23[] = {1, 2, 3, 4, 5, 6};
  int m32[6];
  transpose_i32(m23, 2, 3, m32);
  const int e32[] = {1, 4, 2, 5, 3, 6};
  CHECK(memcmp(m32, e32, sizeof m32) == 0);
  transpose_i32(m23, 1, 6, m32);
  CHECK(memcmp(m32, m23, sizeof m32) == 0);
  transpose_i32(m23, 0, 0, m32);

  const long long A[] = {1, 2, 3, 4, 5, 6};     /* 2x3 */
  const long long B[] = {7, 8, 9, 10, 11, 12};  /* 3x2 */
  long long C[4];
  matmul_i64(A, B, C, 2, 3, 2);
  CHECK(C[0] == 58 && C[1] == 64 && C[2] == 139 && C[3] == 154);
  long long D[9];
  matmul_i64(B, A, D, 3, 2, 3);
  CHECK(D[0] == 39 && D[1] == 54 && D[2] == 69 && D[8] == 105);

  /* Fibonacci via [[1,1],[1,0]]^k */
  const long long F[] = {1, 1, 1, 0};
  long long P[4];
  matpow_mod(F, 2, 10, 1000000007LL, P, scratch);
  CHECK(P[1] == 55 && P[0] == 89);
  matpow_mod(F, 2, 0, 1000000007LL, P, scratch);
  CHECK(P[0] == 1 && P[1] == 0 && P[2] == 0 && P[3] == 1);
  matpow_mod(F, 2, 90, 1000000007LL, P, scratch);
  CHECK(P[1] == 2880067194370816120LL % 1000000007LL);
  matpow_mod(F, 2, 5, 1, P, scratch);
  CHECK(P[0] == 0 && P[3] == 0);
  const long long Neg[] = {-1, 0, 0, -1};
  matpow_mod(Neg, 2, 3, 7, P, scratch);
  CHECK(P[0] == 6 && P[3] == 6 && P[1] == 0);

  double sq[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  transpose_square_inplace(sq, 3);
  CHECK(sq[1] == 4 && sq[3] == 2 && sq[2] == 7 && sq[8] == 9);
  transpose_square_inplace(sq, 0);

  for (int iter = 0; iter < 300; iter++) {
    size_t n = rnd() % MAXD + 1, m = rnd() % MAXD + 1, p = rnd() % MAXD + 1;
    for (size_t i = 0; i < n * m; i++) {
      ti[i] = (int)rnd();
      la[i] = (long long)(rnd() % 2001) - 1000;
      da[i] = ((double)(rnd() % 2001) - 1000.0) / 7.0;
    }
    for (size_t i = 0; i < m * p; i++) {
      lb[i] = (long long)(rnd() % 2001) - 1000;
      db[i] = ((double)(rnd() % 2001) - 1000.0) / 3.0;
    }
    transpose_i32(ti, n, m, to);
    for (size_t r = 0; r < n; r++)
      for (size_t c = 0; c < m; c++) CHECK(to[c * n + r] == ti[r * m + c]);
    transpose_i32(to, m, n, tt);
    CHECK(memcmp(tt, ti, n * m * sizeof(int)) == 0);

    /* reference product with j-outer loop order */
    matmul_i64(la, lb, lc, n, m, p);
    for (size_t j = 0; j < p; j++)
      for (size_t i = 0; i < n; i++) {
        long long s = 0;
        for (size_t k = m; k-- > 0;) s += la[i * m + k] * lb[k * p + j];
        CHECK(lc[i * p + j] == s);
      }
    /* (AB)^T == B^T A^T */
    long long at[MAXD * MAXD], bt[MAXD * MAXD];
    for (size_t r = 0; r < n; r++) for (size_t c = 0; c < m; c++) at[c * n + r] = la[r * m + c];
    for (size_t r = 0; r < m; r++) for (size_t c = 0; c < p; c++) bt[c * m + r] = lb[r * p + c];
    matmul_i64(bt, at, lr, p, m, n);
    for (size_t i = 0; i < n; i++)
      for (size_t j = 0; j < p; j++) CHECK(lr[j * n + i] == lc[i * p + j]);

    matmul_f64(da, db, dc, n, m, p);
    for (size_t i = 0; i < n; i++)
      for (size_t j = 0; j < p; j++) {
        double s = 0.0;
        for (size_t k = 0; k < m; k++) s += da[i * m + k] * db[k * p + j];
        CHECK_NEAR(dc[i * p + j], s, 1e-9);
      }
    /* square in-place transpose twice is identity */
    size_t q = n;
    for (size_t i = 0; i < q * q; i++) dt[i] = (double)i * 0.5;
    transpose_square_inplace(dt, q);
    for (size_t r = 0; r < q; r++)
      for (size_t c = 0; c < q; c++) CHECK(dt[r * q + c] == (double)(c * q + r) * 0.5);

    /* matrix power vs repeated multiplication mod a prime */
    size_t s = rnd() % 4 + 1;
    unsigned k = rnd() % 12;
    long long mod = 1000003;
    long long cur[16], nxt[16];
    for (size_t i = 0; i < s * s; i++) la[i] = (long long)(rnd() % 200001) - 100000;
    for (size_t i = 0; i < s * s; i++) cur[i] = (i % (s + 1) == 0) ? 1 : 0;
    for (unsigned e = 0; e < k; e++) {
      for (size_t i = 0; i < s; i++)
        for (size_t j = 0; j < s; j++) {
          long long acc = 0;
          for (size_t t = 0; t < s; t++) {
            long long x = ((la[t * s + j] % mod) + mod) % mod;
            acc = (acc + cur[i * s + t] * x) % mod;
          }
          nxt[i * s + j] = acc;
        }
      memcpy(cur, nxt, sizeof nxt);
    }
    long long out[16];
    matpow_mod(la, s, k, mod, out, scratch);
    for (size_t i = 0; i < s * s; i++) CHECK(out[i] == cur[i]);
  }
  return 0;
}
