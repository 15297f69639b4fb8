/*
 * fixed_point.c - Q16.16 fixed-point arithmetic for targets without an FPU.
 *
 * Provides saturating multiply/divide, square root, CORDIC sine/cosine,
 * atan2 and vector magnitude, a quarter-wave table sine with linear
 * interpolation, and a Q15 FIR low-pass filter.  main() compares the
 * fixed-point results with double precision references and reports the
 * worst-case errors in LSBs.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

typedef int32_t fx;  /* Q16.16 */

#define FX_ONE 65536
#define FX_HALF 32768
#define FX_MAX INT32_MAX
#define FX_MIN INT32_MIN
#define FX_PI 205887        /* pi * 65536 */
#define FX_HALF_PI 102944
#define FX_TWO_PI 411775
#define CORDIC_ITERS 16
#define CORDIC_GAIN_INV 39797 /* 1/K, K = prod sqrt(1 + 2^-2i) */
#define SINE_TABLE_BITS 8
#define SINE_TABLE_SIZE (1 << SINE_TABLE_BITS)

static const fx cordic_atan[CORDIC_ITERS] = {
    51472, 30386, 16055, 8150, 4091, 2047, 1024, 512,
    256,   128,   64,    32,   16,   8,    4,    2,
};

static fx sine_table[SINE_TABLE_SIZE + 1]; /* sin over [0, pi/2] */

static fx fx_saturate(int64_t v)
{
    if (v > FX_MAX)
        return FX_MAX;
    if (v < FX_MIN)
        return FX_MIN;
    return (fx)v;
}

static fx fx_from_int(int v)
{
    return fx_saturate((int64_t)v * FX_ONE);
}

static fx fx_from_double(double d)
{
    return fx_saturate((int64_t)llround(d * FX_ONE));
}

static double fx_to_double(fx v)
{
    return (double)v / FX_ONE;
}

static fx fx_add(fx a, fx b)
{
    return fx_saturate((int64_t)a + b);
}

static fx fx_sub(fx a, fx b)
{
    return fx_saturate((int64_t)a - b);
}

/* Rounded, saturating multiply. */
fx fx_mul(fx a, fx b)
{
    int64_t p = (int64_t)a * b;
    /* round half away from zero */
    if (p >= 0)
        p = (p + FX_HALF) / FX_ONE;
    else
        p = (p - FX_HALF) / FX_ONE;
    return fx_saturate(p);
}

/* Rounded, saturating divide; division by zero saturates toward the sign of a. */
fx fx_div(fx a, fx b)
{
    if (b == 0)
        return a >= 0 ? FX_MAX : FX_MIN;
    int64_t n = (int64_t)a * FX_ONE;
    int64_t half = (b > 0 ? b : -(int64_t)b) / 2;
    if ((n >= 0) == (b > 0))
        n += half;
    else
        n -= half;
    return fx_saturate(n / b);
}

/* Bit-by-bit integer square root of a Q16.16 value (result Q16.16). */
fx fx_sqrt(fx a)
{
    if (a <= 0)
        return 0;
    /* sqrt(a / 2^16) * 2^16 == sqrt(a * 2^16): take the integer root of a << 16 */
    uint64_t op = (uint64_t)a << 16;
    uint64_t res = 0;
    uint64_t one = 1ull << 62;
    while (one > op)
        one >>= 2;
    while (one) {
        if (op >= res + one) {
            op -= res + one;
            res = (res >> 1) + one;
        } else {
            res >>= 1;
        }
        one >>= 2;
    }
    if (op > res)
        res++; /* round to nearest */
    return (fx)res;
}

/* Reduce an angle to [-pi, pi]. */
static fx fx_wrap_angle(fx a)
{
    int64_t v = a;
    while (v > FX_PI)
        v -= FX_TWO_PI;
    while (v < -FX_PI)
        v += FX_TWO_PI;
    return (fx)v;
}

/* CORDIC rotation mode: returns cos and sin of angle (radians, Q16.16). */
void fx_sincos_cordic(fx angle, fx *s, fx *c)
{
    angle = fx_wrap_angle(angle);
    int flip = 0;
    /* CORDIC converges for |angle| <= ~1.74 rad; fold the outer half-planes. */
    if (angle > FX_HALF_PI) {
        angle -= FX_PI;
        flip = 1;
    } else if (angle < -FX_HALF_PI) {
        angle += FX_PI;
        flip = 1;
    }
    int32_t x = CORDIC_GAIN_INV, y = 0, z = angle;
    for (int i = 0; i < CORDIC_ITERS; i++) {
        int32_t dx = x >> i, dy = y >> i;
        if (z >= 0) {
            x -= dy;
            y += dx;
            z -= cordic_atan[i];
        } else {
            x += dy;
            y -= dx;
            z += cordic_atan[i];
        }
    }
    *c = flip ? -x : x;
    *s = flip ? -y : y;
}

/* CORDIC vectoring mode: atan2(y, x) and the vector magnitude. */
fx fx_atan2_cordic(fx y, fx x, fx *magnitude)
{
    int64_t xv = x, yv = y, z = 0;
    if (x == 0 && y == 0) {
        if (magnitude)
            *magnitude = 0;
        return 0;
    }
    /* Rotate into the right half-plane first. */
    if (xv < 0) {
        int64_t t = xv;
        if (yv >= 0) {
            xv = yv;
            yv = -t;
            z = FX_HALF_PI;
        } else {
            xv = -yv;
            yv = t;
            z = -FX_HALF_PI;
        }
    }
    for (int i = 0; i < CORDIC_ITERS; i++) {
        int64_t dx = xv / ((int64_t)1 << i), dy = yv / ((int64_t)1 << i);
        if (yv > 0) {
            xv += dy;
            yv -= dx;
            z += cordic_atan[i];
        } else {
            xv -= dy;
            yv += dx;
            z -= cordic_atan[i];
        }
    }
    if (magnitude)
        *magnitude = fx_saturate(xv * CORDIC_GAIN_INV / FX_ONE);
    return fx_wrap_angle((fx)z);
}

static void sine_table_init(void)
{
    for (int i = 0; i <= SINE_TABLE_SIZE; i++) {
        fx s, c;
        fx angle = (fx)(((int64_t)FX_HALF_PI * i) / SINE_TABLE_SIZE);
        fx_sincos_cordic(angle, &s, &c);
        sine_table[i] = s;
    }
    sine_table[SINE_TABLE_SIZE] = FX_ONE;
}

/* Table sine with linear interpolation between entries. */
fx fx_sin_table(fx angle)
{
    angle = fx_wrap_angle(angle);
    int neg = 0;
    if (angle < 0) {
        angle = -angle;
        neg = 1;
    }
    if (angle > FX_HALF_PI)
        angle = FX_PI - angle;
    if (angle > FX_HALF_PI)
        angle = FX_HALF_PI;
    /* position in table units, 16 fractional bits */
    int64_t pos = (int64_t)angle * SINE_TABLE_SIZE * FX_ONE / FX_HALF_PI;
    int idx = (int)(pos >> 16);
    int32_t frac = (int32_t)(pos & 0xFFFF);
    if (idx >= SINE_TABLE_SIZE) {
        idx = SINE_TABLE_SIZE - 1;
        frac = FX_ONE;
    }
    fx a = sine_table[idx], b = sine_table[idx + 1];
    fx v = a + fx_mul(b - a, frac);
    return neg ? -v : v;
}

/* ---- FIR filter (Q15 coefficients, Q16.16 samples) ---- */

#define FIR_TAPS 21

static const int16_t fir_lowpass[FIR_TAPS] = {
    0, -70, -207, -380, -405, 0, 1041, 2668, 4505, 5968, 6528,
    5968, 4505, 2668, 1041, 0, -405, -380, -207, -70, 0,
};

typedef struct {
    fx history[FIR_TAPS];
    int head;
} FirState;

static void fir_reset(FirState *st)
{
    for (int i = 0; i < FIR_TAPS; i++)
        st->history[i] = 0;
    st->head = 0;
}

fx fir_step(FirState *st, fx sample)
{
    st->history[st->head] = sample;
    int64_t acc = 0;
    int idx = st->head;
    for (int k = 0; k < FIR_TAPS; k++) {
        acc += (int64_t)fir_lowpass[k] * st->history[idx];
        idx = idx == 0 ? FIR_TAPS - 1 : idx - 1;
    }
    st->head = st->head + 1 == FIR_TAPS ? 0 : st->head + 1;
    /* Q15 * Q16.16 -> shift by 15 with rounding */
    int64_t r = acc >= 0 ? (acc + (1 << 14)) / 32768 : (acc - (1 << 14)) / 32768;
    return fx_saturate(r);
}

/* ---- tests ---- */

static int32_t iabs32(int64_t v)
{
    return (int32_t)(v < 0 ? -v : v);
}

static int test_arith(void)
{
    int fails = 0;
    int32_t worst_mul = 0, worst_div = 0, worst_sqrt = 0;
    uint32_t x = 0xDEADBEEFu;
    for (int i = 0; i < 2000; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        fx a = (fx)(int32_t)(x & 0x00FFFFFFu) - 0x800000;  /* about [-128, 128) */
        fx b = (fx)(int32_t)((x >> 8) & 0x003FFFFFu) - 0x200000;
        double da = fx_to_double(a), db = fx_to_double(b);
        int32_t em = iabs32((int64_t)fx_mul(a, b) - fx_from_double(da * db));
        if (em > worst_mul)
            worst_mul = em;
        if (b != 0 && fabs(da / db) < 30000.0) {
            int32_t ed = iabs32((int64_t)fx_div(a, b) - fx_from_double(da / db));
            if (ed > worst_div)
                worst_div = ed;
        }
        fx pa = a < 0 ? -a : a;
        int32_t es = iabs32((int64_t)fx_sqrt(pa) - fx_from_double(sqrt(fx_to_double(pa))));
        if (es > worst_sqrt)
            worst_sqrt = es;
    }
    printf("arith: worst error mul=%d div=%d sqrt=%d lsb\n", (int)worst_mul, (int)worst_div,
           (int)worst_sqrt);
    fails += worst_mul > 1 || worst_div > 1 || worst_sqrt > 1;

    /* Saturation and exact cases. */
    fx big = fx_from_int(30000);
    int sat_ok = fx_mul(big, big) == FX_MAX && fx_mul(big, -big) == FX_MIN &&
                 fx_div(FX_ONE, 0) == FX_MAX && fx_div(-FX_ONE, 0) == FX_MIN &&
                 fx_add(FX_MAX, 1) == FX_MAX && fx_sub(FX_MIN, 1) == FX_MIN &&
                 fx_sqrt(fx_from_int(144)) == fx_from_int(12) &&
                 fx_div(fx_from_int(7), fx_from_int(2)) == fx_from_double(3.5);
    printf("arith: saturation/exact checks %s\n", sat_ok ? "ok" : "FAILED");
    return fails + !sat_ok;
}

static int test_trig(void)
{
    int32_t worst_cordic = 0, worst_table = 0, worst_atan = 0, worst_mag = 0;
    int64_t checksum = 0;
    for (int i = -720; i <= 720; i += 3) {
        double rad = i * 3.14159265358979323846 / 180.0;
        fx a = fx_from_double(rad);
        fx s, c;
        fx_sincos_cordic(a, &s, &c);
        double ra = fx_to_double(a);
        int32_t es = iabs32((int64_t)s - fx_from_double(sin(ra)));
        int32_t ec = iabs32((int64_t)c - fx_from_double(cos(ra)));
        if (es > worst_cordic)
            worst_cordic = es;
        if (ec > worst_cordic)
            worst_cordic = ec;
        int32_t et = iabs32((int64_t)fx_sin_table(a) - fx_from_double(sin(ra)));
        if (et > worst_table)
            worst_table = et;
        checksum += s + 3 * (int64_t)c;
    }
    for (int i = 0; i < 64; i++) {
        fx y = fx_from_int(i - 32) + (fx)(i * 1234), x = fx_from_int(17 - (i % 35)) - (fx)(i * 999);
        fx mag;
        fx ang = fx_atan2_cordic(y, x, &mag);
        double dy = fx_to_double(y), dx = fx_to_double(x);
        int32_t ea = iabs32((int64_t)ang - fx_from_double(atan2(dy, dx)));
        int32_t em = iabs32((int64_t)mag - fx_from_double(sqrt(dx * dx + dy * dy)));
        if (ea > worst_atan)
            worst_atan = ea;
        if (em > worst_mag)
            worst_mag = em;
        checksum += ang ^ mag;
    }
    printf("trig: worst error cordic=%d table=%d atan2=%d mag=%d lsb checksum=%lld\n",
           (int)worst_cordic, (int)worst_table, (int)worst_atan, (int)worst_mag,
           (long long)checksum);
    return worst_cordic > 16 || worst_table > 24 || worst_atan > 16 || worst_mag > 64;
}

static int test_fir(void)
{
    FirState st;
    fir_reset(&st);
    /* Low tone at fs/50 plus high tone at fs/4; the filter should keep the first. */
    int64_t energy_in_hi = 0, energy_out = 0, energy_ref = 0;
    uint32_t hash = 2166136261u;
    const int n = 800;
    fx prev_low_delayed[FIR_TAPS];
    for (int i = 0; i < FIR_TAPS; i++)
        prev_low_delayed[i] = 0;
    for (int i = 0; i < n; i++) {
        fx lo = fx_sin_table((fx)(((int64_t)FX_TWO_PI * i / 50) % FX_TWO_PI)) / 2;
        fx hi = fx_sin_table((fx)(((int64_t)FX_TWO_PI * i / 4) % FX_TWO_PI)) / 4;
        fx y = fir_step(&st, lo + hi);
        /* the filter has a group delay of 10 samples */
        fx expect = prev_low_delayed[(i + 11) % FIR_TAPS];
        prev_low_delayed[i % FIR_TAPS] = lo;
        if (i >= 2 * FIR_TAPS) {
            int64_t err = (int64_t)y - expect;
            energy_out += err * err;
            energy_ref += (int64_t)expect * expect / FX_ONE;
            energy_in_hi += (int64_t)hi * hi;
        }
        hash = (hash ^ (uint32_t)y) * 16777619u;
    }
    double ratio = energy_in_hi ? (double)energy_out / (double)energy_in_hi : 0.0;
    printf("fir: residual/high-band energy=%.6f ref=%lld hash=%08x\n", ratio,
           (long long)energy_ref, (unsigned)hash);
    return ratio > 0.05;
}

int main(void)
{
    int fails = 0;
    sine_table_init();
    fails += test_arith();
    fails += test_trig();
    fails += test_fir();
    fx s, c;
    fx_sincos_cordic(fx_from_double(0.5), &s, &c);
    printf("sin(0.5)=%.5f cos(0.5)=%.5f sqrt(2)=%.5f\n", fx_to_double(s), fx_to_double(c),
           fx_to_double(fx_sqrt(fx_from_int(2))));
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
