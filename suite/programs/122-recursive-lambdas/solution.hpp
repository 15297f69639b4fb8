#pragma once
#include <string>
#include <utility>
#include <vector>

// Backtracking and recursion written as recursive lambdas (std::function or
// generic lambdas that receive themselves).
int nQueens(int n);                                           // number of solutions, n <= 12
std::vector<std::string> permutations(std::string s);         // distinct, lexicographic order
std::vector<std::string> balancedParens(int pairs);           // lexicographic, '(' < ')'
int countIslands(std::vector<std::string> grid);              // '#' land, 4-connected
int largestIsland(std::vector<std::string> grid);
std::vector<std::pair<int, int>> hanoi(int disks, int from, int to);  // move list (peg numbers 0..2)
// Subsets of `items` (by index, in increasing index order) summing to target;
// returns how many exist and stores the lexicographically first one.
int subsetSum(const std::vector<int>& items, int target, std::vector<int>& firstSubset);
