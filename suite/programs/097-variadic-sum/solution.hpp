#pragma once
#include <cstddef>
#include <cstdint>

// Non-template entry points whose bodies (in solution.cpp) are built from variadic
// templates: recursive packs, fold expressions and sizeof...(Args).
long long sum3(int a, long long b, short c);
long long sum6(int a, int b, int c, int d, int e, int f);
double mixedSum(int a, double b, float c, long long d);
int maxOf5(int a, int b, int c, int d, int e);
int minOf4(int a, int b, int c, int d);
std::size_t countPositive(int a, int b, int c, int d, int e, int f, int g);
bool allEven(long long a, long long b, long long c);
bool anyNegative(int a, int b, int c, int d);
// Horner over a pack: digits(d1, d2, ...) == d1*10^(n-1) + ... ; n digits.
std::uint64_t digits4(unsigned a, unsigned b, unsigned c, unsigned d);
std::uint64_t digits8(unsigned a, unsigned b, unsigned c, unsigned d, unsigned e, unsigned f, unsigned g,
                      unsigned h);
// Alternating sum a - b + c - d + ...
long long altSum5(long long a, long long b, long long c, long long d, long long e);
// Hash-combine of all arguments (FNV-1a style over 64-bit words), order sensitive.
std::uint64_t hashAll(std::uint64_t a, std::uint64_t b, std::uint64_t c);
std::uint64_t hashAll2(std::uint64_t a, std::uint64_t b);
std::size_t packSize();  // sizeof... of a fixed pack used internally
