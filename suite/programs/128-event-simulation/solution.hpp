#pragma once
#include <cstddef>
#include <functional>
#include <vector>

// Discrete-event simulator: actions are closures scheduled at integer times.
// Events at the same time run in scheduling order. Actions may schedule more events.
class Simulator {
public:
  using Action = std::function<void(Simulator&)>;
  Simulator();
  ~Simulator();
  Simulator(const Simulator&) = delete;
  Simulator& operator=(const Simulator&) = delete;
  // Schedules at now() + delay (delay >= 0); returns an id usable with cancel().
  long long schedule(long long delay, Action a);
  bool cancel(long long id);
  // Runs events with time <= until; returns the number executed. now() ends at
  // the time of the last executed event (or stays unchanged if none ran).
  std::size_t run(long long until);
  long long now() const;
  std::size_t pending() const;
  // Repeats `a` every `period` (> 0) starting after `period`, `times` times.
  void every(long long period, int times, Action a);

private:
  struct Impl;
  Impl* impl_;
};

struct QueueStats {
  long long totalWait;   // sum over customers of (service start - arrival)
  long long maxWait;
  long long finishTime;  // when the last customer leaves
  std::size_t maxQueue;  // longest waiting line observed
};
// Multi-server FIFO queue: customer i arrives at arrivals[i] (non-decreasing) and
// needs service[i] time units; a free server takes the next waiting customer.
QueueStats simulateQueue(const std::vector<long long>& arrivals, const std::vector<long long>& service, int servers);
