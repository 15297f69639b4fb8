#include "check.h"
#include "solution.hpp"

namespace {
unsigned s = 1618033u;
unsigned rnd() {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}
std::string names(const std::vector<Employee>& v) {
  std::string out;
  for (const Employee& e : v) out += e.name + ",";
  return out;
}
}  // namespace

int main() {
  std::vector<Employee> none;
  sort_by_dept_then_salary(none);
  CHECK(none.empty());
  CHECK(partition_high_earners(none, 0) == 0);
  CHECK(dense_rank_in_dept(none).empty());

  std::vector<Employee> staff = {{"ann", 2, 100}, {"bob", 1, 90},  {"cid", 2, 120}, {"dee", 1, 90},
                                 {"eve", 2, 100}, {"fay", 3, -5},  {"gus", 1, 150}, {"Hal", 2, 120}};
  std::vector<int> ranks = dense_rank_in_dept(staff);
  CHECK(ranks == std::vector<int>({2, 2, 1, 2, 2, 1, 1, 1}));
  std::vector<Employee> a = staff;
  sort_by_dept_then_salary(a);
  CHECK(names(a) == "gus,bob,dee,cid,Hal,ann,eve,fay,");
  std::vector<Employee> b = staff;
  CHECK(partition_high_earners(b, 100) == 5);
  CHECK(names(b) == "ann,cid,eve,gus,Hal,bob,dee,fay,");
  std::vector<Employee> c = {{"bob", 0, 1}, {"Alice", 0, 2}, {"alice", 0, 3}, {"BOB", 0, 4}, {"al", 0, 5}};
  sort_by_name_ci(c);
  CHECK(names(c) == "al,Alice,alice,bob,BOB,");

  std::vector<std::string> w = {"pear", "fig", "apple", "kiwi", "", "fig", "date"};
  sort_by_length_then_lex(w);
  CHECK(w == std::vector<std::string>({"", "fig", "fig", "date", "kiwi", "pear", "apple"}));

  for (int iter = 0; iter < 150; ++iter) {
    std::size_t n = rnd() % 14;
    std::vector<Employee> v(n);
    for (std::size_t i = 0; i < n; ++i) {
      v[i].name = std::to_string(i);
      v[i].dept = static_cast<int>(rnd() % 3);
      v[i].salary = static_cast<int>(rnd() % 5) * 10 - 10;
    }
    // Reference: insertion sort (stable by construction).
    std::vector<Employee> ref = v;
    for (std::size_t i = 1; i < ref.size(); ++i)
      for (std::size_t j = i; j > 0; --j) {
        const Employee& p = ref[j - 1];
        const Employee& q = ref[j];
        bool q_first = q.dept < p.dept || (q.dept == p.dept && q.salary > p.salary);
        if (!q_first) break;
        std::swap(ref[j - 1], ref[j]);
      }
    std::vector<Employee> got = v;
    sort_by_dept_then_salary(got);
    CHECK(names(got) == names(ref));

    int thr = static_cast<int>(rnd() % 5) * 10 - 10;
    std::vector<Employee> part = v;
    std::size_t k = partition_high_earners(part, thr);
    std::vector<Employee> hi, lo;
    for (const Employee& e : v) (e.salary >= thr ? hi : lo).push_back(e);
    CHECK(k == hi.size());
    hi.insert(hi.end(), lo.begin(), lo.end());
    CHECK(names(part) == names(hi));

    std::vector<int> r = dense_rank_in_dept(v);
    for (std::size_t i = 0; i < n; ++i) {
      // rank = 1 + number of distinct higher salaries in the same department
      std::vector<int> higher;
      for (std::size_t j = 0; j < n; ++j)
        if (v[j].dept == v[i].dept && v[j].salary > v[i].salary) {
          bool dup = false;
          for (int h : higher) dup = dup || h == v[j].salary;
          if (!dup) higher.push_back(v[j].salary);
        }
      CHECK(r[i] == 1 + static_cast<int>(higher.size()));
    }
  }
  return 0;
}
