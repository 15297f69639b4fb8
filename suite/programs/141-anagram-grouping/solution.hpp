#pragma once
#include <string>
#include <vector>

bool is_anagram(const std::string& a, const std::string& b);
// Groups in order of each group's first appearance; words inside a group keep input order.
std::vector<std::vector<std::string>> group_anagrams(const std::vector<std::string>& words);
// Starting indices of every substring of text that is an anagram of pattern (sliding window).
std::vector<std::size_t> find_anagram_positions(const std::string& text, const std::string& pattern);
// Minimum number of character changes to turn a into an anagram of b (same length required;
// returns -1 otherwise).
int min_steps_to_anagram(const std::string& a, const std::string& b);
