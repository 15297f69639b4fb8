#include "check.h"
#include "solution.hpp"
#include <utility>
#include <vector>

static bool is(int ctor, int cc, int mc, int ca, int ma, int dt) {
  Counts c = Tracker::counts();
  return c.ctor == ctor && c.copyCtor == cc && c.moveCtor == mc && c.copyAssign == ca && c.moveAssign == ma &&
         c.dtor == dt;
}

int main() {
  Tracker::resetCounts();
  {
    Tracker t = makeTracker(21);  // guaranteed copy elision: one constructor only
    CHECK(t.value() == 42);
    CHECK(is(1, 0, 0, 0, 0, 0));
  }
  CHECK(is(1, 0, 0, 0, 0, 1));
  CHECK(Tracker::live() == 0);

  Tracker::resetCounts();
  {
    Tracker a(1), b(2);
    CHECK(sumByRef(a, b) == 3);
    CHECK(is(2, 0, 0, 0, 0, 0));
    CHECK(sumByValue(a, b) == 3);  // two copies into parameters
    Counts c = Tracker::counts();
    CHECK(c.copyCtor == 2 && c.moveCtor == 0 && c.dtor == 2);
    CHECK(sumByValue(makeTracker(5), Tracker(7)) == 17);  // prvalues initialise params directly
    c = Tracker::counts();
    CHECK(c.ctor == 4 && c.copyCtor == 2 && c.moveCtor == 0);
    Tracker d(9);
    CHECK(sumByValue(a, std::move(d)) == 10);
    c = Tracker::counts();
    CHECK(c.copyCtor == 3 && c.moveCtor == 1);
  }
  CHECK(Tracker::live() == 0);

  Tracker::resetCounts();
  {
    std::vector<Tracker> v = buildEmplace(10);
    CHECK(v.size() == 10 && sumValues(v) == 45);
    CHECK(is(10, 0, 0, 0, 0, 0));
  }
  CHECK(is(10, 0, 0, 0, 0, 10));

  Tracker::resetCounts();
  {
    std::vector<Tracker> v = buildPushTemp(8);
    CHECK(sumValues(v) == 28);
    CHECK(is(8, 0, 8, 0, 0, 8));  // each temporary moved in then destroyed
  }
  CHECK(Tracker::live() == 0);

  Tracker::resetCounts();
  {
    std::vector<Tracker> v = buildPushCopy(6);
    CHECK(sumValues(v) == 0 + 1 + 4 + 9 + 16 + 25);
    CHECK(is(6, 6, 0, 0, 0, 6));
    std::vector<Tracker> w = v;  // copying the vector copies every element
    CHECK(Tracker::counts().copyCtor == 12);
    std::vector<Tracker> stolen = takeOver(std::move(w));  // no element touched
    CHECK(is(6, 12, 0, 0, 0, 6));
    CHECK(sumValues(stolen) == 55);
    CHECK(Tracker::live() == 12);
  }
  CHECK(Tracker::live() == 0);

  Tracker::resetCounts();
  {
    Tracker a(1), b(2);
    swapViaStd(a, b);
    CHECK(a.value() == 2 && b.value() == 1);
    CHECK(is(2, 0, 1, 0, 2, 1));
    Tracker c(3);
    assignChain(a, b, c);
    CHECK(a.value() == 3 && b.value() == 3 && c.value() == 3);
    CHECK(Tracker::counts().copyAssign == 2);
  }
  CHECK(Tracker::live() == 0);

  Tracker::resetCounts();
  {
    std::vector<Tracker> v = buildEmplace(5);
    rotateLeft(v);
    CHECK(v[0].value() == 1 && v[3].value() == 4 && v[4].value() == 0);
    CHECK(is(5, 0, 1, 0, 5, 1));
    std::vector<Tracker> one = buildEmplace(1);
    rotateLeft(one);
    CHECK(one[0].value() == 0);
    CHECK(is(6, 0, 1, 0, 5, 1));
  }
  CHECK(Tracker::live() == 0);

  Tracker::resetCounts();
  {
    TrackerPair p(4, 5);
    TrackerPair q = p;              // member-wise copy
    TrackerPair r = std::move(q);   // member-wise move
    CHECK(p.first.value() == 4 && r.second.value() == 5);
    CHECK(is(2, 2, 2, 0, 0, 0));
    p = r;
    CHECK(Tracker::counts().copyAssign == 2);
  }
  CHECK(is(2, 2, 2, 2, 0, 6));
  return 0;
}
