#include "check.h"
#include "solution.hpp"
#include <functional>
#include <string>
#include <vector>

static void insertionSort(std::vector<int>& v) {
  for (std::size_t i = 1; i < v.size(); ++i)
    for (std::size_t j = i; j > 0 && v[j - 1] > v[j]; --j) {
      int t = v[j]; v[j] = v[j - 1]; v[j - 1] = t;
    }
}

int main() {
  BinaryHeap<int, std::less<int>> mx;
  CHECK(mx.empty());
  int x = 0;
  CHECK(!mx.pop(x));
  for (int v : {5, 1, 9, 3, 9, -2, 7}) { mx.push(v); CHECK(mx.isValidHeap()); }
  CHECK(mx.size() == 7);
  CHECK(mx.top() == 9);
  std::vector<int> popped;
  while (mx.pop(x)) { popped.push_back(x); CHECK(mx.isValidHeap()); }
  CHECK((popped == std::vector<int>{9, 9, 7, 5, 3, 1, -2}));

  BinaryHeap<std::string, std::less<std::string>> sh;
  for (const char* w : {"kiwi", "apple", "zebra", "mango"}) sh.push(w);
  CHECK(sh.top() == "zebra");
  std::string s;
  CHECK(sh.pop(s) && s == "zebra");
  CHECK(sh.pop(s) && s == "mango");

  CHECK(heapSortAscending({}).empty());
  CHECK((heapSortAscending({3, -1, 2, -1, 0}) == std::vector<int>{-1, -1, 0, 2, 3}));
  std::vector<int> rnd;
  unsigned st = 2166136261u;
  for (int i = 0; i < 400; ++i) {
    st ^= st << 13; st ^= st >> 17; st ^= st << 5;
    rnd.push_back(static_cast<int>(st % 1000u) - 500);
  }
  std::vector<int> sorted = rnd;
  insertionSort(sorted);
  CHECK(heapSortAscending(rnd) == sorted);

  CHECK((topK({4, 1, 8, 3, 8, 10}, 3) == std::vector<int>{10, 8, 8}));
  CHECK(topK({4, 1, 8}, 0).empty());
  CHECK((topK({4, 1, 8}, 10) == std::vector<int>{8, 4, 1}));
  std::vector<int> t5 = topK(rnd, 5);
  CHECK(t5.size() == 5);
  for (std::size_t i = 0; i < 5; ++i) CHECK(t5[i] == sorted[sorted.size() - 1 - i]);

  CHECK((mergeSorted({{1, 4, 7}, {2, 5, 8}, {3, 6, 9}}) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
  CHECK((mergeSorted({{}, {1, 1, 2}, {}, {1, 3}}) == std::vector<int>{1, 1, 1, 2, 3}));
  CHECK(mergeSorted({}).empty());
  std::vector<std::vector<int>> parts(4);
  for (std::size_t i = 0; i < sorted.size(); ++i) parts[(i * 7) % 4].push_back(sorted[i]);
  CHECK(mergeSorted(parts) == sorted);

  CHECK((runningMedian({5, 15, 1, 3}) == std::vector<int>{5, 5, 5, 3}));
  CHECK((runningMedian({2, 2, 2}) == std::vector<int>{2, 2, 2}));
  CHECK(runningMedian({}).empty());
  std::vector<int> med = runningMedian(rnd);
  for (std::size_t n = 1; n <= rnd.size(); n += 37) {
    std::vector<int> pre(rnd.begin(), rnd.begin() + static_cast<std::ptrdiff_t>(n));
    insertionSort(pre);
    CHECK(med[n - 1] == pre[(n - 1) / 2]);
  }
  return 0;
}
