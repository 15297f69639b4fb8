#pragma once
#include <cstddef>
#include <string>

// Longest palindromic substring (expand around centres); the leftmost one among equals.
std::string longest_palindrome(const std::string& s);
// Same answer via Manacher's algorithm, returned as (start, length).
void longest_palindrome_manacher(const std::string& s, std::size_t& start, std::size_t& length);
// Number of palindromic substrings (counted by position).
unsigned long long count_palindromic_substrings(const std::string& s);
// Length of the longest palindromic subsequence (interval DP).
std::size_t longest_palindromic_subsequence(const std::string& s);
// Palindrome check ignoring non-alphanumeric characters and ASCII case.
bool is_sentence_palindrome(const std::string& s);
