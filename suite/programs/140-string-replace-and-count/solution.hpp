#pragma once
#include <cstddef>
#include <string>

// Replace every non-overlapping occurrence of `from` (scanning left to right) with `to`.
// An empty `from` leaves the string unchanged.
std::string replace_all(const std::string& s, const std::string& from, const std::string& to);
// Replace only the first n occurrences.
std::string replace_first_n(const std::string& s, const std::string& from, const std::string& to, std::size_t n);
// Count occurrences of sub (non-empty), either overlapping or not.
std::size_t count_occurrences(const std::string& s, const std::string& sub, bool overlapping);
// Reverse the order of space-separated words, collapsing runs of spaces and trimming.
std::string reverse_words(const std::string& s);
// Capitalise the first letter of every word and lowercase the rest (ASCII only).
std::string title_case(const std::string& s);
// Expand "%name%" placeholders using key/value pairs given as "name=value" entries separated by
// '&' in `vars`; unknown placeholders are left untouched; "%%" becomes "%".
std::string expand_template(const std::string& tmpl, const std::string& vars);
