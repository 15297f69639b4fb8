#include "solution.hpp"
#include <algorithm>
#include <numeric>
#include <tuple>

void sortEmployees(std::vector<Employee>& staff) {
  std::sort(staff.begin(), staff.end(), [](const Employee& a, const Employee& b) {
    return std::tie(a.dept, b.salary, a.name) < std::tie(b.dept, a.salary, b.name);
  });
}

void stableSortByAge(std::vector<Employee>& staff) {
  std::stable_sort(staff.begin(), staff.end(), [](const Employee& a, const Employee& b) { return a.age < b.age; });
}

std::vector<std::size_t> argsort(const std::vector<double>& values) {
  std::vector<std::size_t> idx(values.size());
  std::iota(idx.begin(), idx.end(), std::size_t{0});
  std::sort(idx.begin(), idx.end(), [&values](std::size_t a, std::size_t b) {
    if (values[a] != values[b]) return values[a] < values[b];
    return a < b;
  });
  return idx;
}

void sortCaseInsensitive(std::vector<std::string>& words) {
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  std::sort(words.begin(), words.end(), [&lower](const std::string& a, const std::string& b) {
    bool less = std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                             [&lower](char x, char y) { return lower(x) < lower(y); });
    bool greater = std::lexicographical_compare(b.begin(), b.end(), a.begin(), a.end(),
                                                [&lower](char x, char y) { return lower(x) < lower(y); });
    if (less != greater) return less;
    return a < b;
  });
}

void sortByPopcount(std::vector<unsigned>& v) {
  auto bits = [](unsigned x) {
    int n = 0;
    for (; x; x &= x - 1) ++n;
    return n;
  };
  std::sort(v.begin(), v.end(), [&bits](unsigned a, unsigned b) {
    int ba = bits(a), bb = bits(b);
    return ba != bb ? ba < bb : a < b;
  });
}

void sortByAngle(std::vector<std::pair<int, int>>& pts) {
  auto half = [](const std::pair<int, int>& p) { return (p.second < 0 || (p.second == 0 && p.first < 0)) ? 1 : 0; };
  std::sort(pts.begin(), pts.end(), [&half](const std::pair<int, int>& a, const std::pair<int, int>& b) {
    int ha = half(a), hb = half(b);
    if (ha != hb) return ha < hb;
    long long cr = static_cast<long long>(a.first) * b.second - static_cast<long long>(a.second) * b.first;
    if (cr != 0) return cr > 0;
    long long da = static_cast<long long>(a.first) * a.first + static_cast<long long>(a.second) * a.second;
    long long db = static_cast<long long>(b.first) * b.first + static_cast<long long>(b.second) * b.second;
    return da < db;
  });
}

std::vector<std::string> topEarners(const std::vector<Employee>& staff, const std::string& dept, std::size_t k) {
  std::vector<const Employee*> in;
  for (const Employee& e : staff)
    if (e.dept == dept) in.push_back(&e);
  k = std::min(k, in.size());
  auto better = [](const Employee* a, const Employee* b) {
    return a->salary != b->salary ? a->salary > b->salary : a->name < b->name;
  };
  std::partial_sort(in.begin(), in.begin() + static_cast<std::ptrdiff_t>(k), in.end(), better);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < k; ++i) out.push_back(in[i]->name);
  return out;
}
