#pragma once
#include <vector>

struct Counts {
  int ctor, copyCtor, moveCtor, copyAssign, moveAssign, dtor;
};

// A value type that records every special member call in global counters.
// A moved-from Tracker holds value -1 (never read by the tests).
class Tracker {
public:
  explicit Tracker(int v);
  Tracker(const Tracker& o);
  Tracker(Tracker&& o) noexcept;
  Tracker& operator=(const Tracker& o);
  Tracker& operator=(Tracker&& o) noexcept;
  ~Tracker();
  int value() const;

  static Counts counts();
  static void resetCounts();
  static int live();  // constructed (any way) minus destroyed

private:
  int v_;
};

struct TrackerPair {
  Tracker first, second;
  TrackerPair(int a, int b);
};

Tracker makeTracker(int v);                      // returns a prvalue: guaranteed elision
int sumByValue(Tracker a, Tracker b);
int sumByRef(const Tracker& a, const Tracker& b);
std::vector<Tracker> buildEmplace(int n);        // reserve + emplace_back
std::vector<Tracker> buildPushTemp(int n);       // reserve + push_back(Tracker(i))
std::vector<Tracker> buildPushCopy(int n);       // reserve + push_back(named local)
void swapViaStd(Tracker& a, Tracker& b);
void rotateLeft(std::vector<Tracker>& v);        // hand-written with one temporary
void assignChain(Tracker& a, Tracker& b, const Tracker& c);  // a = b = c
std::vector<Tracker> takeOver(std::vector<Tracker>&& v);     // steals the buffer
int sumValues(const std::vector<Tracker>& v);
