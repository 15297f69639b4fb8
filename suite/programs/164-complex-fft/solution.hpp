#pragma once
#include <complex>
#include <vector>

typedef std::complex<double> cd;

// In-place iterative radix-2 Cooley-Tukey FFT; a.size() must be a power of two (or 0/1).
// inverse == true computes the inverse transform including the 1/n scaling.
void fft(std::vector<cd>& a, bool inverse);
// Recursive radix-2 FFT (forward only), returned by value.
std::vector<cd> fft_recursive(const std::vector<cd>& a);
// Circular convolution of equal power-of-two length sequences via FFT.
std::vector<double> circular_convolution(const std::vector<double>& x, const std::vector<double>& y);
// Product of integer polynomials (coefficients low to high) via FFT, rounded to integers.
std::vector<long long> multiply_polynomials_fft(const std::vector<int>& a, const std::vector<int>& b);
// Magnitude spectrum |X[k]| for a real signal of power-of-two length.
std::vector<double> magnitude_spectrum(const std::vector<double>& signal);
