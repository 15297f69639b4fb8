#pragma once
#include <string>

// Canonical Roman numeral for 1..3999; empty string outside that range.
std::string to_roman(int n);
// Parses a canonical Roman numeral (uppercase); returns 0 for anything invalid or
// non-canonical (e.g. "IIII", "IC", "VV", "").
int from_roman(const std::string& s);
// Lenient parse using the subtractive rule on any sequence of valid letters (accepts "IIII",
// "IC"); returns -1 on an invalid character, empty input or more than 100000 characters.
int from_roman_lenient(const std::string& s);
