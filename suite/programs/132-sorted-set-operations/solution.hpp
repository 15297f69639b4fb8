#pragma once
#include <vector>

// All functions treat their arguments as multisets of ints, first normalised to sorted sets
// (duplicates removed); results are sorted and duplicate-free.
std::vector<int> set_union_of(std::vector<int> a, std::vector<int> b);
std::vector<int> set_intersection_of(std::vector<int> a, std::vector<int> b);
std::vector<int> set_difference_of(std::vector<int> a, std::vector<int> b);
std::vector<int> set_symmetric_difference_of(std::vector<int> a, std::vector<int> b);
bool is_subset_of(std::vector<int> a, std::vector<int> b);  // a subset of b
// Jaccard similarity |A n B| / |A u B| as an exact fraction (num, den); (1,1) when both empty.
void jaccard(std::vector<int> a, std::vector<int> b, int& num, int& den);
