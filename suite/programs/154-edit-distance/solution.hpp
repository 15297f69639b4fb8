#pragma once
#include <cstddef>
#include <string>

// Levenshtein distance (insert, delete, substitute, each cost 1) with O(min(n, m)) memory.
std::size_t levenshtein(const std::string& a, const std::string& b);
// Optimal string alignment distance: Levenshtein plus transposition of adjacent characters
// (no substring edited twice).
std::size_t osa_distance(const std::string& a, const std::string& b);
// Weighted edit distance with custom costs.
long long weighted_edit_distance(const std::string& a, const std::string& b, long long ins, long long del, long long sub);
// An edit script turning a into b: 'M' match, 'S' substitute, 'I' insert, 'D' delete;
// its number of non-'M' operations equals levenshtein(a, b).
std::string edit_script(const std::string& a, const std::string& b);
// True if the two strings are exactly one edit apart.
bool one_edit_apart(const std::string& a, const std::string& b);
