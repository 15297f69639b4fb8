#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* The restrict-qualified functions require that out does not overlap the
 * inputs (the inputs may overlap each other, since they are only read). */
void add_f32(float *restrict out, const float *restrict a, const float *restrict b, size_t n);
void scale_f32(float *restrict out, const float *restrict a, float s, size_t n);
/* out[i] = alpha * a[i] + beta * b[i] */
void axpby_f64(double *restrict out, const double *restrict a, double alpha, const double *restrict b,
               double beta, size_t n);
/* In-place scaling (no restrict needed). */
void scale_inplace_f32(float *a, float s, size_t n);
/* Integer versions with wrap-around semantics done in unsigned arithmetic. */
void add_i32_wrap(int32_t *restrict out, const int32_t *restrict a, const int32_t *restrict b, size_t n);
/* out[i] = (a[i] * num) >> shift for uint16 samples (gain), saturated to 65535. */
void gain_u16(uint16_t *restrict out, const uint16_t *restrict a, uint32_t num, unsigned shift, size_t n);
/* Element-wise multiply-accumulate: acc[i] += a[i] * b[i]. */
void mac_f32(float *restrict acc, const float *restrict a, const float *restrict b, size_t n);

#endif
