#include "solution.hpp"
#include <deque>
#include <map>
#include <memory>
#include <queue>
#include <utility>

struct Simulator::Impl {
  long long now = 0;
  long long nextId = 0;
  // key: (time, id) gives time order with FIFO ties since ids increase
  std::map<std::pair<long long, long long>, Action> events;
};

Simulator::Simulator() : impl_(new Impl()) {}
Simulator::~Simulator() { delete impl_; }

long long Simulator::schedule(long long delay, Action a) {
  long long id = impl_->nextId++;
  impl_->events.emplace(std::make_pair(impl_->now + (delay < 0 ? 0 : delay), id), std::move(a));
  return id;
}

bool Simulator::cancel(long long id) {
  for (auto it = impl_->events.begin(); it != impl_->events.end(); ++it)
    if (it->first.second == id) {
      impl_->events.erase(it);
      return true;
    }
  return false;
}

std::size_t Simulator::run(long long until) {
  std::size_t n = 0;
  while (!impl_->events.empty()) {
    auto it = impl_->events.begin();
    if (it->first.first > until) break;
    impl_->now = it->first.first;
    Action a = std::move(it->second);
    impl_->events.erase(it);
    a(*this);
    ++n;
  }
  return n;
}

long long Simulator::now() const { return impl_->now; }
std::size_t Simulator::pending() const { return impl_->events.size(); }

void Simulator::every(long long period, int times, Action a) {
  if (times <= 0 || period <= 0) return;
  auto shared = std::make_shared<Action>(std::move(a));
  // the repeating step reschedules a copy of itself with one fewer repetition
  struct Step {
    long long period;
    int left;
    std::shared_ptr<Action> act;
    void operator()(Simulator& s) const {
      (*act)(s);
      if (left > 1) s.schedule(period, Step{period, left - 1, act});
    }
  };
  schedule(period, Step{period, times, shared});
}

QueueStats simulateQueue(const std::vector<long long>& arrivals, const std::vector<long long>& service, int servers) {
  QueueStats st{0, 0, 0, 0};
  Simulator sim;
  std::deque<std::size_t> waiting;
  int freeServers = servers;
  std::function<void(Simulator&)> tryStart = [&](Simulator& s) {
    while (freeServers > 0 && !waiting.empty()) {
      std::size_t c = waiting.front();
      waiting.pop_front();
      --freeServers;
      long long wait = s.now() - arrivals[c];
      st.totalWait += wait;
      if (wait > st.maxWait) st.maxWait = wait;
      s.schedule(service[c], [&](Simulator& s2) {
        ++freeServers;
        if (s2.now() > st.finishTime) st.finishTime = s2.now();
        tryStart(s2);
      });
    }
  };
  for (std::size_t i = 0; i < arrivals.size(); ++i)
    sim.schedule(arrivals[i], [&, i](Simulator& s) {
      waiting.push_back(i);
      if (waiting.size() > st.maxQueue) st.maxQueue = waiting.size();
      tryStart(s);
    });
  sim.run(arrivals.empty() ? 0 : (1LL << 62));
  return st;
}
