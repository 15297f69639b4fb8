#pragma once
#include <string>
#include <vector>

struct Employee {
  std::string name;
  int dept;
  int salary;
};

// Department ascending, then salary descending; equal keys keep input order (stable).
void sort_by_dept_then_salary(std::vector<Employee>& staff);
// Name ascending, case-insensitively (ASCII); equal names keep input order.
void sort_by_name_ci(std::vector<Employee>& staff);
// Stable partition: employees earning at least threshold first. Returns their count.
std::size_t partition_high_earners(std::vector<Employee>& staff, int threshold);
// Rank of each employee's salary within its department (1 = highest; equal salaries share a
// rank, "dense" ranking), returned in the input order.
std::vector<int> dense_rank_in_dept(const std::vector<Employee>& staff);
// Sort strings by length, then lexicographically.
void sort_by_length_then_lex(std::vector<std::string>& words);
