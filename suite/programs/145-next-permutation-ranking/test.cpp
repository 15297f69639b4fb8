#include "check.h"
#include "solution.hpp"

#include <set>

namespace {
typedef std::vector<std::string> VS;
// Reference: recursive generation into an ordered set.
void gen(std::string prefix, std::string rest, std::set<std::string>& out) {
  if (rest.empty()) {
    out.insert(prefix);
    return;
  }
  for (std::size_t i = 0; i < rest.size(); ++i) {
    std::string r = rest;
    r.erase(i, 1);
    gen(prefix + rest[i], r, out);
  }
}
}  // namespace

int main() {
  CHECK(distinct_permutations("") == VS({""}));
  CHECK(distinct_permutations("a") == VS({"a"}));
  CHECK(distinct_permutations("ba") == VS({"ab", "ba"}));
  CHECK(distinct_permutations("aabb") == VS({"aabb", "abab", "abba", "baab", "baba", "bbaa"}));
  CHECK(distinct_permutations("cba").size() == 6);
  const char* samples[] = {"abc", "aab", "abcd", "aabc", "zzz", "dcba", "abbcc"};
  for (const char* smp : samples) {
    std::set<std::string> ref;
    gen("", smp, ref);
    CHECK(distinct_permutations(smp) == VS(ref.begin(), ref.end()));
  }

  CHECK(kth_permutation(3, 0) == std::vector<int>({1, 2, 3}));
  CHECK(kth_permutation(3, 2) == std::vector<int>({2, 1, 3}));
  CHECK(kth_permutation(3, 5) == std::vector<int>({3, 2, 1}));
  CHECK(kth_permutation(4, 8) == std::vector<int>({2, 3, 1, 4}));
  CHECK(kth_permutation(1, 0) == std::vector<int>({1}));
  CHECK(permutation_rank({1}) == 0);
  CHECK(permutation_rank({3, 2, 1}) == 5);
  CHECK(permutation_rank(kth_permutation(20, 2432902008176639999ULL)) == 2432902008176639999ULL);
  {
    std::vector<int> last = kth_permutation(20, 2432902008176639999ULL);
    CHECK(last.front() == 20 && last.back() == 1);
  }
  // Walk all permutations of 5 with my_next_permutation: ranks must be 0,1,2,...
  {
    std::vector<int> p = {1, 2, 3, 4, 5};
    unsigned long long r = 0;
    do {
      CHECK(permutation_rank(p) == r);
      CHECK(kth_permutation(5, r) == p);
      ++r;
    } while (my_next_permutation(p));
    CHECK(r == 120);
    CHECK(p == std::vector<int>({1, 2, 3, 4, 5}));
  }
  // my_next_permutation with duplicates agrees with the count of distinct permutations.
  {
    std::vector<int> p = {-1, -1, 0, 2, 2};
    int count = 0;
    do {
      ++count;
    } while (my_next_permutation(p));
    CHECK(count == 30);
    std::vector<int> single = {7};
    CHECK(!my_next_permutation(single));
    std::vector<int> none;
    CHECK(!my_next_permutation(none));
  }
  CHECK(next_greater_same_digits(12) == 21);
  CHECK(next_greater_same_digits(21) == -1);
  CHECK(next_greater_same_digits(0) == -1);
  CHECK(next_greater_same_digits(115) == 151);
  CHECK(next_greater_same_digits(534976) == 536479);
  CHECK(next_greater_same_digits(2147483476LL) == 2147483647LL);
  CHECK(next_greater_same_digits(9223372036854775708LL) == 9223372036854775780LL);
  CHECK(next_greater_same_digits(9223372036854775807LL) == -1);
  CHECK(next_greater_same_digits(-5) == -1);
  return 0;
}
