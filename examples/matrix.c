/*
 * matrix.c - dense double-precision linear algebra kernels.
 *
 * Matrix multiply in three loop orders (ijk, ikj, blocked), transpose,
 * LU decomposition with partial pivoting, triangular solves, determinant,
 * inverse, Cholesky factorisation and a Jacobi iterative solver.  Results
 * are cross-checked against each other; printed values are rounded so the
 * output is stable.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int rows, cols;
    double *a;  /* row-major */
} Matrix;

#define AT(m, i, j) ((m)->a[(size_t)(i) * (size_t)(m)->cols + (size_t)(j)])

static uint64_t rng_state = 0x853c49e6748fea9bull;

/* Uniform double in [-1, 1) from a 64-bit xorshift*. */
static double rng_uniform(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    uint64_t r = rng_state * 2685821657736338717ull;
    return (double)(r >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

static Matrix mat_new(int rows, int cols)
{
    Matrix m = {rows, cols, calloc((size_t)rows * (size_t)cols, sizeof(double))};
    if (!m.a) {
        fputs("out of memory\n", stderr);
        exit(2);
    }
    return m;
}

static void mat_free(Matrix *m)
{
    free(m->a);
    m->a = NULL;
}

static void mat_random(Matrix *m)
{
    for (int i = 0; i < m->rows * m->cols; i++)
        m->a[i] = rng_uniform();
}

static void mat_identity(Matrix *m)
{
    memset(m->a, 0, (size_t)m->rows * (size_t)m->cols * sizeof(double));
    for (int i = 0; i < m->rows && i < m->cols; i++)
        AT(m, i, i) = 1.0;
}

static double mat_max_abs_diff(const Matrix *x, const Matrix *y)
{
    double worst = 0.0;
    for (int i = 0; i < x->rows * x->cols; i++) {
        double d = fabs(x->a[i] - y->a[i]);
        if (d > worst)
            worst = d;
    }
    return worst;
}

/* Textbook triple loop. */
void matmul_ijk(const Matrix *A, const Matrix *B, Matrix *C)
{
    for (int i = 0; i < A->rows; i++)
        for (int j = 0; j < B->cols; j++) {
            double s = 0.0;
            for (int k = 0; k < A->cols; k++)
                s += AT(A, i, k) * AT(B, k, j);
            AT(C, i, j) = s;
        }
}

/* Cache-friendly order: the inner loop streams rows of B and C. */
void matmul_ikj(const Matrix *A, const Matrix *B, Matrix *C)
{
    int n = A->rows, m = A->cols, p = B->cols;
    memset(C->a, 0, (size_t)n * (size_t)p * sizeof(double));
    for (int i = 0; i < n; i++) {
        double *restrict crow = &C->a[(size_t)i * (size_t)p];
        for (int k = 0; k < m; k++) {
            const double aik = AT(A, i, k);
            const double *restrict brow = &B->a[(size_t)k * (size_t)p];
            for (int j = 0; j < p; j++)
                crow[j] += aik * brow[j];
        }
    }
}

/* Blocked multiply for square-ish matrices. */
void matmul_blocked(const Matrix *A, const Matrix *B, Matrix *C, int bs)
{
    int n = A->rows, m = A->cols, p = B->cols;
    memset(C->a, 0, (size_t)n * (size_t)p * sizeof(double));
    for (int ii = 0; ii < n; ii += bs)
        for (int kk = 0; kk < m; kk += bs)
            for (int jj = 0; jj < p; jj += bs) {
                int iend = ii + bs < n ? ii + bs : n;
                int kend = kk + bs < m ? kk + bs : m;
                int jend = jj + bs < p ? jj + bs : p;
                for (int i = ii; i < iend; i++)
                    for (int k = kk; k < kend; k++) {
                        double aik = AT(A, i, k);
                        for (int j = jj; j < jend; j++)
                            AT(C, i, j) += aik * AT(B, k, j);
                    }
            }
}

static void transpose(const Matrix *A, Matrix *T)
{
    for (int i = 0; i < A->rows; i++)
        for (int j = 0; j < A->cols; j++)
            AT(T, j, i) = AT(A, i, j);
}

/*
 * In-place LU with partial pivoting: on return LU holds L (unit lower,
 * below the diagonal) and U.  perm[i] is the original row now at row i.
 * Returns the permutation sign, or 0 when the matrix is singular.
 */
int lu_decompose(Matrix *LU, int *perm)
{
    int n = LU->rows, sign = 1;
    for (int i = 0; i < n; i++)
        perm[i] = i;
    for (int k = 0; k < n; k++) {
        int piv = k;
        double best = fabs(AT(LU, k, k));
        for (int i = k + 1; i < n; i++) {
            double v = fabs(AT(LU, i, k));
            if (v > best) {
                best = v;
                piv = i;
            }
        }
        if (best < 1e-300)
            return 0;
        if (piv != k) {
            for (int j = 0; j < n; j++) {
                double t = AT(LU, k, j);
                AT(LU, k, j) = AT(LU, piv, j);
                AT(LU, piv, j) = t;
            }
            int t = perm[k];
            perm[k] = perm[piv];
            perm[piv] = t;
            sign = -sign;
        }
        double inv = 1.0 / AT(LU, k, k);
        for (int i = k + 1; i < n; i++) {
            double f = AT(LU, i, k) * inv;
            AT(LU, i, k) = f;
            for (int j = k + 1; j < n; j++)
                AT(LU, i, j) -= f * AT(LU, k, j);
        }
    }
    return sign;
}

void lu_solve(const Matrix *LU, const int *perm, const double *b, double *x)
{
    int n = LU->rows;
    for (int i = 0; i < n; i++) {
        double s = b[perm[i]];
        for (int j = 0; j < i; j++)
            s -= AT(LU, i, j) * x[j];
        x[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) {
        double s = x[i];
        for (int j = i + 1; j < n; j++)
            s -= AT(LU, i, j) * x[j];
        x[i] = s / AT(LU, i, i);
    }
}

static double lu_determinant(const Matrix *LU, int sign)
{
    double d = sign;
    for (int i = 0; i < LU->rows; i++)
        d *= AT(LU, i, i);
    return d;
}

static void lu_inverse(const Matrix *LU, const int *perm, Matrix *inv)
{
    int n = LU->rows;
    double *e = calloc((size_t)n, sizeof *e);
    double *x = malloc((size_t)n * sizeof *x);
    if (!e || !x) {
        free(e);
        free(x);
        return;
    }
    for (int j = 0; j < n; j++) {
        e[j] = 1.0;
        lu_solve(LU, perm, e, x);
        for (int i = 0; i < n; i++)
            AT(inv, i, j) = x[i];
        e[j] = 0.0;
    }
    free(e);
    free(x);
}

/* Cholesky: A = L L^T for symmetric positive definite A.  Returns 0 on success. */
int cholesky(const Matrix *A, Matrix *L)
{
    int n = A->rows;
    memset(L->a, 0, (size_t)n * (size_t)n * sizeof(double));
    for (int j = 0; j < n; j++) {
        double d = AT(A, j, j);
        for (int k = 0; k < j; k++)
            d -= AT(L, j, k) * AT(L, j, k);
        if (d <= 0.0)
            return -1;
        double ljj = sqrt(d);
        AT(L, j, j) = ljj;
        for (int i = j + 1; i < n; i++) {
            double s = AT(A, i, j);
            for (int k = 0; k < j; k++)
                s -= AT(L, i, k) * AT(L, j, k);
            AT(L, i, j) = s / ljj;
        }
    }
    return 0;
}

/* Jacobi iteration for diagonally dominant systems; returns iterations used. */
int jacobi(const Matrix *A, const double *b, double *x, int max_iter, double tol)
{
    int n = A->rows;
    double *next = malloc((size_t)n * sizeof *next);
    if (!next)
        return -1;
    for (int i = 0; i < n; i++)
        x[i] = 0.0;
    int it;
    for (it = 1; it <= max_iter; it++) {
        double delta = 0.0;
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int j = 0; j < n; j++)
                if (j != i)
                    s -= AT(A, i, j) * x[j];
            next[i] = s / AT(A, i, i);
            double d = fabs(next[i] - x[i]);
            if (d > delta)
                delta = d;
        }
        memcpy(x, next, (size_t)n * sizeof *x);
        if (delta < tol)
            break;
    }
    free(next);
    return it;
}

static double residual_inf(const Matrix *A, const double *x, const double *b)
{
    double worst = 0.0;
    for (int i = 0; i < A->rows; i++) {
        double s = -b[i];
        for (int j = 0; j < A->cols; j++)
            s += AT(A, i, j) * x[j];
        if (fabs(s) > worst)
            worst = fabs(s);
    }
    return worst;
}

static double trace(const Matrix *m)
{
    double t = 0.0;
    for (int i = 0; i < m->rows && i < m->cols; i++)
        t += AT(m, i, i);
    return t;
}

int main(void)
{
    int fails = 0;
    const int n = 48;

    /* --- multiplication variants --- */
    Matrix A = mat_new(n, n + 8), B = mat_new(n + 8, n - 4);
    Matrix C1 = mat_new(n, n - 4), C2 = mat_new(n, n - 4), C3 = mat_new(n, n - 4);
    mat_random(&A);
    mat_random(&B);
    matmul_ijk(&A, &B, &C1);
    matmul_ikj(&A, &B, &C2);
    matmul_blocked(&A, &B, &C3, 16);
    double d12 = mat_max_abs_diff(&C1, &C2), d13 = mat_max_abs_diff(&C1, &C3);
    printf("matmul: trace=%.6f diffs %s\n", trace(&C1), d12 < 1e-12 && d13 < 1e-12 ? "ok" : "BAD");
    fails += !(d12 < 1e-12 && d13 < 1e-12);

    /* (AB)^T == B^T A^T */
    Matrix At = mat_new(n + 8, n), Bt = mat_new(n - 4, n + 8), Ct = mat_new(n - 4, n);
    Matrix C1t = mat_new(n - 4, n);
    transpose(&A, &At);
    transpose(&B, &Bt);
    matmul_ikj(&Bt, &At, &Ct);
    transpose(&C1, &C1t);
    double dt = mat_max_abs_diff(&Ct, &C1t);
    printf("transpose identity %s\n", dt < 1e-12 ? "ok" : "BAD");
    fails += !(dt < 1e-12);

    /* --- LU solve, determinant, inverse --- */
    Matrix M = mat_new(n, n), LU = mat_new(n, n), Inv = mat_new(n, n), P = mat_new(n, n);
    Matrix I = mat_new(n, n);
    mat_random(&M);
    memcpy(LU.a, M.a, (size_t)n * n * sizeof(double));
    int *perm = malloc((size_t)n * sizeof *perm);
    double *b = malloc((size_t)n * sizeof *b), *x = malloc((size_t)n * sizeof *x);
    double *xtrue = malloc((size_t)n * sizeof *xtrue);
    if (!perm || !b || !x || !xtrue)
        return 2;
    int sign = lu_decompose(&LU, perm);
    for (int i = 0; i < n; i++)
        xtrue[i] = (double)(i % 7) - 3.0;
    for (int i = 0; i < n; i++) {
        b[i] = 0.0;
        for (int j = 0; j < n; j++)
            b[i] += AT(&M, i, j) * xtrue[j];
    }
    lu_solve(&LU, perm, b, x);
    double err = 0.0;
    for (int i = 0; i < n; i++)
        if (fabs(x[i] - xtrue[i]) > err)
            err = fabs(x[i] - xtrue[i]);
    double det = lu_determinant(&LU, sign);
    printf("lu: sign=%d log10|det|=%.4f solve %s residual %s\n", sign, log10(fabs(det)),
           err < 1e-9 ? "ok" : "BAD", residual_inf(&M, x, b) < 1e-10 ? "ok" : "BAD");
    fails += !(err < 1e-9);

    lu_inverse(&LU, perm, &Inv);
    matmul_ikj(&M, &Inv, &P);
    mat_identity(&I);
    double di = mat_max_abs_diff(&P, &I);
    printf("inverse: M*inv(M) == I %s, trace(inv)=%.6f\n", di < 1e-9 ? "ok" : "BAD", trace(&Inv));
    fails += !(di < 1e-9);

    /* Singular matrix must be detected. */
    Matrix S = mat_new(4, 4);
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            AT(&S, i, j) = (double)(i + j);  /* rank 2 */
    int ssign = lu_decompose(&S, perm);
    printf("singular detected: %s\n", ssign == 0 || fabs(AT(&S, 3, 3)) < 1e-12 ? "yes" : "no");

    /* --- Cholesky on SPD matrix M^T M + n I --- */
    Matrix Mt = mat_new(n, n), SPD = mat_new(n, n), L = mat_new(n, n), Lt = mat_new(n, n);
    Matrix R = mat_new(n, n);
    transpose(&M, &Mt);
    matmul_ikj(&Mt, &M, &SPD);
    for (int i = 0; i < n; i++)
        AT(&SPD, i, i) += n;
    int crc = cholesky(&SPD, &L);
    transpose(&L, &Lt);
    matmul_ikj(&L, &Lt, &R);
    double dc = mat_max_abs_diff(&R, &SPD);
    double logdet = 0.0;
    for (int i = 0; i < n; i++)
        logdet += 2.0 * log(AT(&L, i, i));
    printf("cholesky: rc=%d L*L^T == A %s logdet=%.4f\n", crc, dc < 1e-9 ? "ok" : "BAD", logdet);
    fails += crc != 0 || !(dc < 1e-9);

    /* --- Jacobi on a diagonally dominant system, compare with LU --- */
    Matrix D = mat_new(n, n), DLU = mat_new(n, n);
    mat_random(&D);
    for (int i = 0; i < n; i++) {
        double rowsum = 0.0;
        for (int j = 0; j < n; j++)
            rowsum += fabs(AT(&D, i, j));
        AT(&D, i, i) = rowsum + 1.0;
    }
    memcpy(DLU.a, D.a, (size_t)n * n * sizeof(double));
    double *xj = malloc((size_t)n * sizeof *xj);
    if (!xj)
        return 2;
    int its = jacobi(&D, b, xj, 500, 1e-13);
    lu_decompose(&DLU, perm);
    lu_solve(&DLU, perm, b, x);
    double dj = 0.0;
    for (int i = 0; i < n; i++)
        if (fabs(xj[i] - x[i]) > dj)
            dj = fabs(xj[i] - x[i]);
    printf("jacobi: iterations=%d agrees with LU %s x[0]=%.6f x[%d]=%.6f\n", its,
           dj < 1e-10 ? "ok" : "BAD", x[0], n - 1, x[n - 1]);
    fails += !(dj < 1e-10);

    Matrix *all[] = {&A, &B, &C1, &C2, &C3, &At, &Bt, &Ct, &C1t, &M, &LU, &Inv, &P, &I,
                     &S, &Mt, &SPD, &L, &Lt, &R, &D, &DLU};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        mat_free(all[i]);
    free(perm);
    free(b);
    free(x);
    free(xtrue);
    free(xj);

    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
