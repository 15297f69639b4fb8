#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

double sum_naive(const double *v, size_t n);
/* Kahan compensated summation. */
double sum_kahan(const double *v, size_t n);
/* Neumaier's improved Kahan-Babuska summation (handles terms larger than the running sum). */
double sum_neumaier(const double *v, size_t n);
/* Recursive pairwise summation (blocks of <= 8 summed directly). */
double sum_pairwise(const double *v, size_t n);
/* Dot product with compensated (Dot2-style, using TwoSum and Dekker's TwoProduct) accumulation. */
double dot_compensated(const double *a, const double *b, size_t n);

#endif
