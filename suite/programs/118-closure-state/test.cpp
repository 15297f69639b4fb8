#include "check.h"
#include "solution.hpp"
#include <functional>
#include <string>
#include <vector>

int main() {
  std::function<int()> c = makeCounter(10, 5);
  CHECK(c() == 10);
  CHECK(c() == 15);
  std::function<int()> c2 = c;  // copying a closure copies its state
  CHECK(c() == 20);
  CHECK(c2() == 20);
  CHECK(c() == 25);
  CHECK((take(makeCounter(3, -2), 4) == std::vector<int>{3, 1, -1, -3}));
  CHECK(take(makeCounter(0, 1), 0).empty());
  // take() receives a const reference, but the closure inside still advances
  std::function<int()> shared = makeCounter(0, 1);
  take(shared, 3);
  CHECK(shared() == 3);

  auto acc = makeAccumulator();
  CHECK(acc(5) == 5);
  CHECK(acc(-2) == 3);
  CHECK(acc(1000000000000LL) == 1000000000003LL);
  auto acc2 = makeAccumulator();
  CHECK(acc2(1) == 1);  // independent state

  auto fib = makeFibGenerator();
  unsigned long long expect[] = {0, 1, 1, 2, 3, 5, 8, 13, 21, 34};
  for (unsigned long long e : expect) CHECK(fib() == e);
  auto fib2 = makeFibGenerator();
  unsigned long long last = 0;
  for (int i = 0; i <= 93; ++i) last = fib2();
  CHECK(last == 12200160415121876738ULL);

  auto mean = makeRunningMean();
  CHECK_NEAR(mean(4), 4.0, 0);
  CHECK_NEAR(mean(8), 6.0, 0);
  CHECK_NEAR(mean(0), 4.0, 0);
  CHECK_NEAR(mean(-4), 2.0, 0);

  auto lim = makeLimiter(3);
  int allowed = 0;
  for (int i = 0; i < 10; ++i) allowed += lim() ? 1 : 0;
  CHECK(allowed == 3);
  auto none = makeLimiter(-1);
  CHECK(!none());

  auto r1 = makeRng(42), r2 = makeRng(42), r3 = makeRng(43);
  unsigned long long x = 42;
  bool same = true, differ = false;
  for (int i = 0; i < 100; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    unsigned a = r1(), b = r2(), d = r3();
    same = same && a == b && a == static_cast<unsigned>(x >> 32);
    differ = differ || a != d;
  }
  CHECK(same);
  CHECK(differ);

  Wallet w = makeWallet(100);
  CHECK(w.balance() == 100);
  CHECK(w.deposit(50) == 150);
  CHECK(w.withdraw(120));
  CHECK(!w.withdraw(31));
  CHECK(!w.withdraw(-5));
  CHECK(w.balance() == 30);
  Wallet alias = w;  // copies share the same balance through the captured shared_ptr
  CHECK(alias.withdraw(30));
  CHECK(w.balance() == 0);

  auto tok = makeTokenizer("  the quick  brown fox ");
  CHECK(tok() == "the");
  CHECK(tok() == "quick");
  CHECK(tok() == "brown");
  CHECK(tok() == "fox");
  CHECK(tok() == "");
  CHECK(tok() == "");
  auto empty = makeTokenizer("");
  CHECK(empty() == "");
  return 0;
}
