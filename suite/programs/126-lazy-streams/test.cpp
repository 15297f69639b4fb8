#include "check.h"
#include "solution.hpp"
#include <vector>

int main() {
  int calls = 0;
  LazyValue lv([&calls]() { ++calls; return 6LL * 7; });
  CHECK(!lv.forced());
  CHECK(calls == 0);
  CHECK(lv.get() == 42);
  CHECK(lv.get() == 42);
  CHECK(lv.forced());
  CHECK(calls == 1);

  Stream nat = naturalsFrom(0);
  CHECK(headOf(nat) == 0);
  long long before = tailsForced();
  CHECK((take(nat, 5) == std::vector<long long>{0, 1, 2, 3, 4}));
  CHECK(tailsForced() - before == 4);
  CHECK((take(nat, 5) == std::vector<long long>{0, 1, 2, 3, 4}));
  CHECK(tailsForced() - before == 4);  // cached: nothing recomputed
  CHECK((take(nat, 7) == std::vector<long long>{0, 1, 2, 3, 4, 5, 6}));
  CHECK(tailsForced() - before == 6);
  CHECK(take(nat, 0).empty());

  int mapCalls = 0;
  Stream squares = mapStream(naturalsFrom(1), [&mapCalls](long long x) { ++mapCalls; return x * x; });
  CHECK(mapCalls == 1);  // only the head so far
  CHECK((take(squares, 6) == std::vector<long long>{1, 4, 9, 16, 25, 36}));
  CHECK(mapCalls == 6);
  take(squares, 6);
  CHECK(mapCalls == 6);

  Stream oddSquares = mapStream(filterStream(naturalsFrom(0), [](long long x) { return x % 2 == 1; }),
                                [](long long x) { return x * x; });
  CHECK((take(oddSquares, 5) == std::vector<long long>{1, 9, 25, 49, 81}));
  CHECK(headOf(drop(oddSquares, 10)) == 21 * 21);

  Stream pow2 = iterateStream(1, [](long long x) { return 2 * x; });
  CHECK(headOf(drop(pow2, 40)) == 1099511627776LL);
  Stream collatz = iterateStream(27, [](long long x) { return x % 2 == 0 ? x / 2 : 3 * x + 1; });
  CHECK(headOf(drop(collatz, 111)) == 1);
  std::vector<long long> c = take(collatz, 112);
  long long peak = 0;
  for (long long v : c) peak = v > peak ? v : peak;
  CHECK(peak == 9232);

  Stream sums = zipWith(naturalsFrom(1), pow2, [](long long a, long long b) { return a * b; });
  CHECK((take(sums, 5) == std::vector<long long>{1, 4, 12, 32, 80}));
  Stream diffs = zipWith(squares, naturalsFrom(1), [](long long a, long long b) { return a - b; });
  CHECK((take(diffs, 5) == std::vector<long long>{0, 2, 6, 12, 20}));

  CHECK((firstPrimes(10) == std::vector<long long>{2, 3, 5, 7, 11, 13, 17, 19, 23, 29}));
  CHECK(firstPrimes(0).empty());
  std::vector<long long> p = firstPrimes(200);
  CHECK(p.size() == 200);
  CHECK(p[99] == 541);
  CHECK(p[199] == 1223);

  // twin primes via zipping the prime stream with itself shifted by one
  Stream primes = filterStream(naturalsFrom(2), [](long long x) {
    for (long long d = 2; d * d <= x; ++d)
      if (x % d == 0) return false;
    return true;
  });
  Stream gaps = zipWith(drop(primes, 1), primes, [](long long a, long long b) { return a - b; });
  std::vector<long long> g = take(gaps, 25);
  int twins = 0;
  for (long long x : g) twins += x == 2 ? 1 : 0;
  CHECK(twins == 8);  // (3,5) (5,7) (11,13) (17,19) (29,31) (41,43) (59,61) (71,73)
  return 0;
}
