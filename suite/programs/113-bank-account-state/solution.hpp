#pragma once
#include <cstddef>
#include <string>
#include <vector>

enum class AccountState { Pending, Active, Frozen, Closed };
enum class Result { Ok, InvalidAmount, InsufficientFunds, NotActive, LimitExceeded, BadTransition, NonZeroBalance };

// Amounts are integer cents. State machine:
//   Pending --activate--> Active <--freeze/unfreeze--> Frozen
//   Active|Frozen --close (balance must be 0)--> Closed (terminal)
// Deposits need Active; withdrawals need Active, sufficient balance (plus the
// overdraft allowance) and must not exceed the daily withdrawal limit.
class Account {
public:
  Account(std::string owner, long long overdraft, long long dailyLimit);
  const std::string& owner() const { return owner_; }
  AccountState state() const { return state_; }
  long long balance() const { return balance_; }
  Result activate();
  Result freeze();
  Result unfreeze();
  Result close();
  Result deposit(long long cents);
  Result withdraw(long long cents);
  void newDay();                        // resets the daily withdrawal counter
  // Applies monthly interest in basis points on positive balances, rounded down;
  // negative balances are charged a fixed fee instead. Only while Active.
  Result applyMonthEnd(long long interestBp, long long overdraftFee);
  const std::vector<std::string>& log() const { return log_; }

private:
  void record(const std::string& what, Result r);
  std::string owner_;
  AccountState state_;
  long long balance_, overdraft_, dailyLimit_, withdrawnToday_;
  std::vector<std::string> log_;
};

// Transfers between two accounts atomically (either both sides change or neither).
Result transfer(Account& from, Account& to, long long cents);
const char* resultName(Result r);
