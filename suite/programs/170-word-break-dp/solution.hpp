#pragma once
#include <string>
#include <vector>

// Can s be segmented into a sequence of dictionary words (words may repeat)?
bool word_break(const std::string& s, const std::vector<std::string>& dict);
// Number of distinct segmentations (empty dictionary words are ignored; callers keep inputs
// small enough for the count to fit in unsigned long long).
unsigned long long count_segmentations(const std::string& s, const std::vector<std::string>& dict);
// All segmentations as space-joined sentences, sorted lexicographically.
std::vector<std::string> all_segmentations(const std::string& s, const std::vector<std::string>& dict);
// Segmentation using the fewest words; "" if impossible (or s is empty).
std::string fewest_words_segmentation(const std::string& s, const std::vector<std::string>& dict);
