#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  {
    Simulator sim;
    std::vector<std::string> log;
    sim.schedule(5, [&](Simulator& s) { log.push_back("a@" + std::to_string(s.now())); });
    sim.schedule(2, [&](Simulator& s) { log.push_back("b@" + std::to_string(s.now())); });
    sim.schedule(5, [&](Simulator& s) { log.push_back("c@" + std::to_string(s.now())); });
    long long dId = sim.schedule(3, [&](Simulator&) { log.push_back("d"); });
    CHECK(sim.pending() == 4);
    CHECK(sim.cancel(dId));
    CHECK(!sim.cancel(dId));
    CHECK(sim.run(4) == 1);
    CHECK(sim.now() == 2);
    CHECK(sim.run(100) == 2);
    CHECK((log == std::vector<std::string>{"b@2", "a@5", "c@5"}));
    CHECK(sim.now() == 5);
    CHECK(sim.run(1000) == 0);
    CHECK(sim.now() == 5);
  }
  {
    // events scheduling events: ping-pong with decreasing delays
    Simulator sim;
    std::vector<long long> times;
    std::function<void(Simulator&, int)> ping = [&](Simulator& s, int left) {
      times.push_back(s.now());
      if (left > 0) s.schedule(left, [&ping, left](Simulator& s2) { ping(s2, left - 1); });
    };
    sim.schedule(0, [&](Simulator& s) { ping(s, 4); });
    CHECK(sim.run(1000) == 5);
    CHECK((times == std::vector<long long>{0, 4, 7, 9, 10}));
  }
  {
    Simulator sim;
    int ticks = 0;
    std::vector<long long> at;
    sim.every(3, 4, [&](Simulator& s) { ++ticks; at.push_back(s.now()); });
    sim.every(0, 4, [&](Simulator&) { ticks += 100; });  // ignored: bad period
    CHECK(sim.run(7) == 2);
    CHECK(ticks == 2);
    CHECK(sim.run(100) == 2);
    CHECK((at == std::vector<long long>{3, 6, 9, 12}));
    CHECK(sim.pending() == 0);
  }
  {
    // cancel from inside an event; zero-delay events run at the same time, after
    Simulator sim;
    std::vector<int> order;
    long long victim = sim.schedule(10, [&](Simulator&) { order.push_back(99); });
    sim.schedule(1, [&](Simulator& s) {
      order.push_back(1);
      s.cancel(victim);
      s.schedule(0, [&](Simulator&) { order.push_back(2); });
    });
    sim.schedule(1, [&](Simulator&) { order.push_back(3); });
    sim.run(50);
    CHECK((order == std::vector<int>{1, 3, 2}));
  }

  QueueStats q = simulateQueue({0, 1, 2, 3}, {5, 5, 5, 5}, 1);
  CHECK(q.totalWait == 0 + 4 + 8 + 12);
  CHECK(q.maxWait == 12);
  CHECK(q.finishTime == 20);
  CHECK(q.maxQueue == 3);
  QueueStats q2 = simulateQueue({0, 1, 2, 3}, {5, 5, 5, 5}, 2);
  CHECK(q2.totalWait == 0 + 0 + 3 + 3);
  CHECK(q2.finishTime == 11);
  QueueStats q3 = simulateQueue({0, 10, 20}, {3, 3, 3}, 1);
  CHECK(q3.totalWait == 0 && q3.finishTime == 23 && q3.maxQueue == 1);
  QueueStats q4 = simulateQueue({}, {}, 3);
  CHECK(q4.totalWait == 0 && q4.finishTime == 0);

  // cross-check single-server FIFO against the closed-form recurrence
  std::vector<long long> arr, svc;
  unsigned s = 99991u;
  long long t = 0;
  for (int i = 0; i < 300; ++i) {
    s ^= s << 13; s ^= s >> 17; s ^= s << 5;
    t += s % 7u;
    arr.push_back(t);
    svc.push_back(1 + static_cast<long long>((s >> 8) % 9u));
  }
  long long free = 0, total = 0, mx = 0;
  for (std::size_t i = 0; i < arr.size(); ++i) {
    long long start = arr[i] > free ? arr[i] : free;
    total += start - arr[i];
    mx = start - arr[i] > mx ? start - arr[i] : mx;
    free = start + svc[i];
  }
  QueueStats r = simulateQueue(arr, svc, 1);
  CHECK(r.totalWait == total);
  CHECK(r.maxWait == mx);
  CHECK(r.finishTime == free);
  return 0;
}
