#include "solution.hpp"

#include <algorithm>

void sort_by_dept_then_salary(std::vector<Employee>& staff) {
  std::stable_sort(staff.begin(), staff.end(), [](const Employee& a, const Employee& b) {
    if (a.dept != b.dept) return a.dept < b.dept;
    return a.salary > b.salary;
  });
}

static char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

static bool less_ci(const std::string& a, const std::string& b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return fold(x) < fold(y); });
}

void sort_by_name_ci(std::vector<Employee>& staff) {
  std::stable_sort(staff.begin(), staff.end(),
                   [](const Employee& a, const Employee& b) { return less_ci(a.name, b.name); });
}

std::size_t partition_high_earners(std::vector<Employee>& staff, int threshold) {
  auto mid = std::stable_partition(staff.begin(), staff.end(),
                                   [threshold](const Employee& e) { return e.salary >= threshold; });
  return static_cast<std::size_t>(mid - staff.begin());
}

std::vector<int> dense_rank_in_dept(const std::vector<Employee>& staff) {
  std::vector<std::size_t> idx(staff.size());
  for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::sort(idx.begin(), idx.end(), [&staff](std::size_t a, std::size_t b) {
    if (staff[a].dept != staff[b].dept) return staff[a].dept < staff[b].dept;
    if (staff[a].salary != staff[b].salary) return staff[a].salary > staff[b].salary;
    return a < b;
  });
  std::vector<int> rank(staff.size(), 0);
  for (std::size_t k = 0; k < idx.size(); ++k) {
    const Employee& e = staff[idx[k]];
    if (k == 0 || staff[idx[k - 1]].dept != e.dept) {
      rank[idx[k]] = 1;
    } else if (staff[idx[k - 1]].salary == e.salary) {
      rank[idx[k]] = rank[idx[k - 1]];
    } else {
      rank[idx[k]] = rank[idx[k - 1]] + 1;
    }
  }
  return rank;
}

void sort_by_length_then_lex(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return a.size() < b.size();
    return a < b;
  });
}
