#include "check.h"
#include "solution.hpp"
#include <string>

int main() {
  Account a("alice", 5000, 20000);
  CHECK(a.owner() == "alice");
  CHECK(a.state() == AccountState::Pending);
  CHECK(a.deposit(100) == Result::NotActive);
  CHECK(a.freeze() == Result::BadTransition);
  CHECK(a.close() == Result::BadTransition);
  CHECK(a.activate() == Result::Ok);
  CHECK(a.activate() == Result::BadTransition);
  CHECK(a.state() == AccountState::Active);
  CHECK(a.deposit(0) == Result::InvalidAmount);
  CHECK(a.deposit(-5) == Result::InvalidAmount);
  CHECK(a.deposit(10000) == Result::Ok);
  CHECK(a.balance() == 10000);
  CHECK(a.withdraw(14000) == Result::Ok);  // uses 4000 of the 5000 overdraft
  CHECK(a.balance() == -4000);
  CHECK(a.withdraw(1001) == Result::InsufficientFunds);
  CHECK(a.withdraw(1000) == Result::Ok);
  CHECK(a.balance() == -5000);
  CHECK(a.deposit(100000) == Result::Ok);
  CHECK(a.withdraw(5001) == Result::LimitExceeded);  // 15000 already withdrawn today
  CHECK(a.withdraw(5000) == Result::Ok);
  a.newDay();
  CHECK(a.withdraw(20000) == Result::Ok);
  CHECK(a.balance() == 70000);
  CHECK(a.freeze() == Result::Ok);
  CHECK(a.deposit(1) == Result::NotActive);
  CHECK(a.withdraw(1) == Result::NotActive);
  CHECK(a.applyMonthEnd(100, 500) == Result::NotActive);
  CHECK(a.close() == Result::NonZeroBalance);
  CHECK(a.unfreeze() == Result::Ok);
  CHECK(a.unfreeze() == Result::BadTransition);
  CHECK(a.applyMonthEnd(125, 500) == Result::Ok);  // 1.25% of 70000 = 875
  CHECK(a.balance() == 70875);
  CHECK(a.applyMonthEnd(3, 500) == Result::Ok);  // 70875 * 3 / 10000 = 21 (rounded down)
  CHECK(a.balance() == 70896);

  Account b("bob", 0, 1000000);
  CHECK(transfer(a, b, 100) == Result::NotActive);  // b still pending
  CHECK(a.balance() == 70896);
  b.activate();
  a.newDay();
  CHECK(transfer(a, b, 20000) == Result::Ok);
  CHECK(a.balance() == 50896 && b.balance() == 20000);
  CHECK(transfer(a, b, 1) == Result::LimitExceeded);
  CHECK(transfer(b, a, 20001) == Result::InsufficientFunds);
  CHECK(transfer(b, b, 1) == Result::BadTransition);
  CHECK(transfer(b, a, 0) == Result::InvalidAmount);
  CHECK(transfer(b, a, 20000) == Result::Ok);
  CHECK(b.balance() == 0);
  CHECK(b.close() == Result::Ok);
  CHECK(b.state() == AccountState::Closed);
  CHECK(b.activate() == Result::BadTransition);
  CHECK(b.unfreeze() == Result::BadTransition);
  CHECK(transfer(a, b, 1) == Result::NotActive);

  Account c("carol", 1000, 100000);
  c.activate();
  c.withdraw(600);
  CHECK(c.applyMonthEnd(500, 250) == Result::Ok);
  CHECK(c.balance() == -850);
  CHECK(c.close() == Result::NonZeroBalance);
  c.deposit(850);
  CHECK(c.close() == Result::Ok);
  const auto& log = c.log();
  CHECK(log.size() == 6);
  CHECK(log[0] == "activate:ok");
  CHECK(log[1] == "withdraw 600:ok");
  CHECK(log[3] == "close:non-zero-balance");
  CHECK(log[5] == "close:ok");
  CHECK(std::string(resultName(Result::LimitExceeded)) == "limit-exceeded");

  // simulate many days: deposit 300, withdraw 250 daily with a 250 limit
  Account d("dave", 0, 250);
  d.activate();
  for (int day = 0; day < 100; ++day) {
    CHECK(d.deposit(300) == Result::Ok);
    CHECK(d.withdraw(250) == Result::Ok);
    CHECK(d.withdraw(1) == Result::LimitExceeded);
    d.newDay();
  }
  CHECK(d.balance() == 5000);
  CHECK(d.log().size() == 301);
  return 0;
}
