#include "solution.hpp"
#include <utility>

const char* resultName(Result r) {
  switch (r) {
    case Result::Ok: return "ok";
    case Result::InvalidAmount: return "invalid-amount";
    case Result::InsufficientFunds: return "insufficient-funds";
    case Result::NotActive: return "not-active";
    case Result::LimitExceeded: return "limit-exceeded";
    case Result::BadTransition: return "bad-transition";
    case Result::NonZeroBalance: return "non-zero-balance";
  }
  return "?";
}

Account::Account(std::string owner, long long overdraft, long long dailyLimit)
    : owner_(std::move(owner)), state_(AccountState::Pending), balance_(0), overdraft_(overdraft),
      dailyLimit_(dailyLimit), withdrawnToday_(0) {}

void Account::record(const std::string& what, Result r) { log_.push_back(what + ":" + resultName(r)); }

Result Account::activate() {
  Result r = state_ == AccountState::Pending ? Result::Ok : Result::BadTransition;
  if (r == Result::Ok) state_ = AccountState::Active;
  record("activate", r);
  return r;
}

Result Account::freeze() {
  Result r = state_ == AccountState::Active ? Result::Ok : Result::BadTransition;
  if (r == Result::Ok) state_ = AccountState::Frozen;
  record("freeze", r);
  return r;
}

Result Account::unfreeze() {
  Result r = state_ == AccountState::Frozen ? Result::Ok : Result::BadTransition;
  if (r == Result::Ok) state_ = AccountState::Active;
  record("unfreeze", r);
  return r;
}

Result Account::close() {
  Result r;
  if (state_ != AccountState::Active && state_ != AccountState::Frozen) r = Result::BadTransition;
  else if (balance_ != 0) r = Result::NonZeroBalance;
  else { r = Result::Ok; state_ = AccountState::Closed; }
  record("close", r);
  return r;
}

Result Account::deposit(long long cents) {
  Result r;
  if (cents <= 0 || cents > 1000000000000LL) r = Result::InvalidAmount;
  else if (state_ != AccountState::Active) r = Result::NotActive;
  else { balance_ += cents; r = Result::Ok; }
  record("deposit " + std::to_string(cents), r);
  return r;
}

Result Account::withdraw(long long cents) {
  Result r;
  if (cents <= 0 || cents > 1000000000000LL) r = Result::InvalidAmount;
  else if (state_ != AccountState::Active) r = Result::NotActive;
  else if (withdrawnToday_ + cents > dailyLimit_) r = Result::LimitExceeded;
  else if (balance_ - cents < -overdraft_) r = Result::InsufficientFunds;
  else { balance_ -= cents; withdrawnToday_ += cents; r = Result::Ok; }
  record("withdraw " + std::to_string(cents), r);
  return r;
}

void Account::newDay() { withdrawnToday_ = 0; }

Result Account::applyMonthEnd(long long interestBp, long long overdraftFee) {
  Result r = Result::Ok;
  if (state_ != AccountState::Active) r = Result::NotActive;
  else if (balance_ > 0) balance_ += balance_ * interestBp / 10000;
  else if (balance_ < 0) balance_ -= overdraftFee;
  record("month-end", r);
  return r;
}

Result transfer(Account& from, Account& to, long long cents) {
  if (&from == &to) return Result::BadTransition;
  if (to.state() != AccountState::Active) return Result::NotActive;
  Result r = from.withdraw(cents);
  if (r != Result::Ok) return r;
  r = to.deposit(cents);
  if (r != Result::Ok) {  // cannot happen for a valid amount and active target, but stay atomic
    from.newDay();
    from.deposit(cents);
  }
  return r;
}
