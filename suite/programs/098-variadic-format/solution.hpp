#pragma once
#include <string>
#include <vector>

// A tiny "{}"-placeholder formatter built from variadic templates in solution.cpp.
// "{{" and "}}" produce literal braces; surplus placeholders render as "<?>",
// surplus arguments are appended after " | ". Supported argument kinds: int,
// long long, unsigned, bool ("true"/"false"), char, const char*, std::string, and
// double (fixed, 2 decimals computed by integer rounding, half away from zero).
std::string fmtPoint(int x, int y);
std::string fmtPerson(const std::string& name, int age, bool admin);
std::string fmtMoney(const char* currency, double amount);
std::string fmtMixed(char c, long long big, unsigned u, double d, const std::string& s);
std::string fmtRaw(const std::string& pattern);                 // zero arguments
std::string fmtOne(const std::string& pattern, int a);
std::string fmtThree(const std::string& pattern, int a, int b, int c);
// Joins all values with ", " using a variadic join over a fixed number of elements.
std::string joinFour(const std::string& a, int b, double c, bool d);
// Builds a table row "| a | b | c |" with every cell right-padded to `width`.
std::string tableRow(int width, const std::string& a, long long b, const std::string& c);
