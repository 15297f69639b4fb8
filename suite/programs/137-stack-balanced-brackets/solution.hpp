#pragma once
#include <string>

// Brackets are (), [], {} and <>; every other character is ignored.
bool is_balanced(const std::string& s);
// Index of the first offending character: a closing bracket that does not match, or the
// opening bracket left unclosed earliest in the string; -1 if balanced.
long long first_error_index(const std::string& s);
// Maximum nesting depth (0 for no brackets); -1 if unbalanced.
int max_depth(const std::string& s);
// Minimum number of bracket insertions that make a string of only '(' and ')' balanced.
int min_insertions_to_balance(const std::string& parens);
// Length of the longest balanced substring of a string of '(' and ')'.
int longest_valid_parens(const std::string& parens);
