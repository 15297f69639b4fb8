#pragma once
#include <string>
#include <vector>

// Parses a signed decimal integer; throws std::invalid_argument on anything else and
// std::out_of_range beyond int.
int parse_int(const std::string& text);
// Sums the entries that parse and counts the ones that do not (their exceptions are caught here).
long long sum_valid(const std::vector<std::string>& entries, int* rejected);
// Throws from n levels down when n > 0 and catches it here; true when every level's destructor ran.
bool unwinds_through(int n);
