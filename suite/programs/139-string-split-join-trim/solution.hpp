#pragma once
#include <string>
#include <vector>

// Split on every occurrence of delim; keeps empty fields ("a,,b" -> {"a","","b"}; "" -> {""}).
std::vector<std::string> split(const std::string& s, char delim);
// Split on a multi-character separator (non-empty); same conventions as split.
std::vector<std::string> split_on(const std::string& s, const std::string& sep);
// Split on runs of whitespace (space, tab, newline, CR); no empty fields.
std::vector<std::string> split_whitespace(const std::string& s);
std::string join(const std::vector<std::string>& parts, const std::string& sep);
// Remove leading/trailing whitespace (space, tab, newline, CR, vertical tab, form feed).
std::string trim(const std::string& s);
std::string trim_left(const std::string& s);
std::string trim_right(const std::string& s);
// Collapse internal whitespace runs to a single space and trim.
std::string normalize_spaces(const std::string& s);
// Parse "key=value;key2=value2" pairs (fields trimmed, empty entries skipped) into a vector of
// key/value strings in order; entries without '=' get an empty value.
std::vector<std::vector<std::string>> parse_pairs(const std::string& s);
