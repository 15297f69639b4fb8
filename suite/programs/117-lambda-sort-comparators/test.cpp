#include "check.h"
#include "solution.hpp"
#include <string>
#include <utility>
#include <vector>

static std::vector<std::string> names(const std::vector<Employee>& v) {
  std::vector<std::string> out;
  for (const Employee& e : v) out.push_back(e.name);
  return out;
}

int main() {
  std::vector<Employee> staff{
      {"dana", "eng", 31, 120000}, {"ari", "ops", 45, 90000},  {"bo", "eng", 28, 120000},
      {"cy", "eng", 39, 150000},   {"eve", "hr", 31, 70000},   {"fin", "ops", 23, 95000},
      {"gus", "hr", 52, 70000},    {"hal", "eng", 28, 99000},
  };
  std::vector<Employee> s = staff;
  sortEmployees(s);
  CHECK((names(s) == std::vector<std::string>{"cy", "bo", "dana", "hal", "eve", "gus", "fin", "ari"}));

  s = staff;
  stableSortByAge(s);
  CHECK((names(s) == std::vector<std::string>{"fin", "bo", "hal", "dana", "eve", "cy", "ari", "gus"}));

  CHECK((topEarners(staff, "eng", 2) == std::vector<std::string>{"cy", "bo"}));
  CHECK((topEarners(staff, "hr", 5) == std::vector<std::string>{"eve", "gus"}));
  CHECK(topEarners(staff, "legal", 3).empty());
  CHECK(topEarners(staff, "eng", 0).empty());

  std::vector<double> vals{3.5, -1.0, 2.0, -1.0, 10.0, 0.0};
  CHECK((argsort(vals) == std::vector<std::size_t>{1, 3, 5, 2, 0, 4}));
  CHECK(vals[0] == 3.5);
  CHECK((argsort({}).empty()));
  std::vector<double> many;
  for (int i = 0; i < 200; ++i) many.push_back(static_cast<double>((i * 73) % 50));
  std::vector<std::size_t> idx = argsort(many);
  for (std::size_t i = 1; i < idx.size(); ++i) {
    CHECK(many[idx[i - 1]] <= many[idx[i]]);
    if (many[idx[i - 1]] == many[idx[i]]) CHECK(idx[i - 1] < idx[i]);
  }

  std::vector<std::string> w{"banana", "Apple", "apple", "Cherry", "APPLE", "apricot", "b"};
  sortCaseInsensitive(w);
  CHECK((w == std::vector<std::string>{"APPLE", "Apple", "apple", "apricot", "b", "banana", "Cherry"}));

  std::vector<unsigned> pc{7, 8, 3, 0, 1, 255, 6, 1024, 5};
  sortByPopcount(pc);
  CHECK((pc == std::vector<unsigned>{0, 1, 8, 1024, 3, 5, 6, 7, 255}));

  std::vector<std::pair<int, int>> pts{{0, -1}, {-1, 0}, {1, 1}, {2, 0}, {0, 1}, {1, 0}, {-1, -1}, {2, 2}, {1, -1}};
  sortByAngle(pts);
  std::vector<std::pair<int, int>> expect{{1, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
  CHECK(pts == expect);
  return 0;
}
