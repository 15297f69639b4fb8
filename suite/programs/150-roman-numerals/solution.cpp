#include "solution.hpp"

namespace {
const int kValues[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
const char* const kSymbols[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

int letter_value(char c) {
  switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
  }
}
}  // namespace

std::string to_roman(int n) {
  if (n < 1 || n > 3999) return std::string();
  std::string out;
  for (int i = 0; i < 13; ++i) {
    while (n >= kValues[i]) {
      out += kSymbols[i];
      n -= kValues[i];
    }
  }
  return out;
}

int from_roman_lenient(const std::string& s) {
  // Bounded length keeps the running total well inside int range.
  if (s.empty() || s.size() > 100000) return -1;
  int total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    int v = letter_value(s[i]);
    if (v == 0) return -1;
    int next = i + 1 < s.size() ? letter_value(s[i + 1]) : 0;
    if (i + 1 < s.size() && next == 0) return -1;
    total += v < next ? -v : v;
  }
  return total;
}

int from_roman(const std::string& s) {
  if (s.empty() || s.size() > 15) return 0;  // longest canonical numeral is 15 chars
  int value = from_roman_lenient(s);
  if (value < 1 || value > 3999) return 0;
  return to_roman(value) == s ? value : 0;
}
