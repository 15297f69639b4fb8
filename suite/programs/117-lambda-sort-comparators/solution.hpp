#pragma once
#include <cstddef>
#include <string>
#include <vector>

struct Employee {
  std::string name;
  std::string dept;
  int age;
  long long salary;
};

// All sorting is done with lambda comparators inside solution.cpp.
// dept ascending, then salary descending, then name ascending.
void sortEmployees(std::vector<Employee>& staff);
// Stable: by age only; equal ages keep input order.
void stableSortByAge(std::vector<Employee>& staff);
// Indices that would sort `values` ascending (ties by index), input untouched.
std::vector<std::size_t> argsort(const std::vector<double>& values);
// Case-insensitive ordering, ties broken by the original byte order.
void sortCaseInsensitive(std::vector<std::string>& words);
// Sorts by number of set bits, then by value.
void sortByPopcount(std::vector<unsigned>& v);
// Sorts points by polar angle around the origin in [0, 2pi), then by distance;
// uses exact integer comparisons (no atan2).
void sortByAngle(std::vector<std::pair<int, int>>& pts);
// Returns names of the k best-paid employees of `dept` (partial_sort, ties by name).
std::vector<std::string> topEarners(const std::vector<Employee>& staff, const std::string& dept, std::size_t k);
