#include "solution.hpp"
#include <utility>

namespace {
Counts g{0, 0, 0, 0, 0, 0};
}

Tracker::Tracker(int v) : v_(v) { ++g.ctor; }
Tracker::Tracker(const Tracker& o) : v_(o.v_) { ++g.copyCtor; }
Tracker::Tracker(Tracker&& o) noexcept : v_(o.v_) { o.v_ = -1; ++g.moveCtor; }
Tracker& Tracker::operator=(const Tracker& o) { v_ = o.v_; ++g.copyAssign; return *this; }
Tracker& Tracker::operator=(Tracker&& o) noexcept {
  if (this != &o) { v_ = o.v_; o.v_ = -1; }
  ++g.moveAssign;
  return *this;
}
Tracker::~Tracker() { ++g.dtor; }
int Tracker::value() const { return v_; }
Counts Tracker::counts() { return g; }
void Tracker::resetCounts() { g = Counts{0, 0, 0, 0, 0, 0}; }
int Tracker::live() { return g.ctor + g.copyCtor + g.moveCtor - g.dtor; }

TrackerPair::TrackerPair(int a, int b) : first(a), second(b) {}

Tracker makeTracker(int v) { return Tracker(v * 2); }

int sumByValue(Tracker a, Tracker b) { return a.value() + b.value(); }
int sumByRef(const Tracker& a, const Tracker& b) { return a.value() + b.value(); }

std::vector<Tracker> buildEmplace(int n) {
  std::vector<Tracker> v;
  v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) v.emplace_back(i);
  return v;
}

std::vector<Tracker> buildPushTemp(int n) {
  std::vector<Tracker> v;
  v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) v.push_back(Tracker(i));
  return v;
}

std::vector<Tracker> buildPushCopy(int n) {
  std::vector<Tracker> v;
  v.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    Tracker t(i * i);
    v.push_back(t);
  }
  return v;
}

void swapViaStd(Tracker& a, Tracker& b) { std::swap(a, b); }

void rotateLeft(std::vector<Tracker>& v) {
  if (v.size() < 2) return;
  Tracker tmp(std::move(v[0]));
  for (std::size_t i = 0; i + 1 < v.size(); ++i) v[i] = std::move(v[i + 1]);
  v.back() = std::move(tmp);
}

void assignChain(Tracker& a, Tracker& b, const Tracker& c) { a = b = c; }

std::vector<Tracker> takeOver(std::vector<Tracker>&& v) { return std::vector<Tracker>(std::move(v)); }

int sumValues(const std::vector<Tracker>& v) {
  int s = 0;
  for (const Tracker& t : v) s += t.value();
  return s;
}
