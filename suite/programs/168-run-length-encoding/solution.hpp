#pragma once
#include <string>
#include <utility>
#include <vector>

// Runs of equal adjacent characters as (character, length) pairs.
std::vector<std::pair<char, std::size_t>> runs_of(const std::string& s);
// "aaabcc" -> "3a1b2c". Works for any characters except decimal digits.
std::string rle_encode(const std::string& s);
// Inverse of rle_encode. Returns false on malformed input (missing count, zero count, a
// dangling count, or a total length above max_len).
bool rle_decode(const std::string& enc, std::string& out, std::size_t max_len);
// Compact form: counts of 1 are omitted ("aaabcc" -> "3ab2c").
std::string rle_encode_compact(const std::string& s);
bool rle_decode_compact(const std::string& enc, std::string& out, std::size_t max_len);
// "Look-and-say" next term ("1211" -> "111221").
std::string look_and_say(const std::string& s);
