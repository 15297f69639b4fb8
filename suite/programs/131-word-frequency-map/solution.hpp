#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

// Words are maximal runs of ASCII letters; they are counted case-insensitively (lowercased).
std::map<std::string, int> word_frequencies(const std::string& text);
// The k most frequent words: higher count first, ties broken alphabetically.
std::vector<std::pair<std::string, int>> top_words(const std::string& text, std::size_t k);
// Number of distinct words that occur exactly once.
int count_hapax(const std::string& text);
