#pragma once
#include <string>

// Arbitrary-precision arithmetic on decimal strings. Unsigned operands are non-empty digit
// strings without leading zeros (except "0"); results use the same canonical form.
std::string add_strings(const std::string& a, const std::string& b);
// a - b for a >= b.
std::string subtract_strings(const std::string& a, const std::string& b);
std::string multiply_strings(const std::string& a, const std::string& b);
// -1, 0, 1.
int compare_strings(const std::string& a, const std::string& b);
// Signed addition: operands may carry a leading '-' ("-0" is not produced).
std::string add_signed(const std::string& a, const std::string& b);
// Quotient and remainder of a by a small positive divisor.
std::string divide_small(const std::string& a, unsigned divisor, unsigned& remainder);
// n! in decimal.
std::string factorial_string(unsigned n);
