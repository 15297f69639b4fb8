#include "check.h"
#include "solution.hpp"
#include <string>
#include <vector>

int main() {
  EventBus bus;
  std::vector<std::string> trace;
  int sum = 0;
  int idA = bus.subscribe("click", [&](const std::string&, int p) { trace.push_back("A" + std::to_string(p)); return true; });
  int idB = bus.subscribe("click", [&](const std::string&, int p) { trace.push_back("B"); sum += p; return true; }, 5);
  bus.subscribe("key", [&](const std::string& t, int) { trace.push_back(t); return true; });
  CHECK(bus.handlerCount("click") == 2);
  CHECK(bus.emit("click", 7) == 2);
  CHECK((trace == std::vector<std::string>{"B", "A7"}));
  CHECK(sum == 7);
  CHECK(bus.emit("nothing", 1) == 0);
  CHECK(bus.unsubscribe(idB));
  CHECK(!bus.unsubscribe(idB));
  CHECK(!bus.unsubscribe(12345));
  trace.clear();
  CHECK(bus.emit("click", 1) == 1);
  CHECK((trace == std::vector<std::string>{"A1"}));

  // stop propagation
  int stopId = bus.subscribe("click", [&](const std::string&, int p) { trace.push_back("stop"); return p < 0; }, 10);
  trace.clear();
  CHECK(bus.emit("click", 3) == 1);
  CHECK((trace == std::vector<std::string>{"stop"}));
  trace.clear();
  CHECK(bus.emit("click", -3) == 2);
  CHECK((trace == std::vector<std::string>{"stop", "A-3"}));
  bus.unsubscribe(stopId);

  // once handlers
  int onceCalls = 0;
  bus.subscribe("click", [&](const std::string&, int) { ++onceCalls; return true; }, 0, true);
  bus.emit("click", 0);
  bus.emit("click", 0);
  CHECK(onceCalls == 1);
  CHECK(bus.handlerCount("click") == 1);

  // wildcard runs after topic handlers
  trace.clear();
  bus.subscribeAll([&](const std::string& t, int) { trace.push_back("*" + t); return true; });
  CHECK(bus.emit("key", 0) == 2);
  CHECK((trace == std::vector<std::string>{"key", "*key"}));
  trace.clear();
  CHECK(bus.emit("other", 0) == 1);
  CHECK((trace == std::vector<std::string>{"*other"}));

  // a handler that unsubscribes a later one and subscribes a new one
  EventBus b2;
  int laterCalls = 0, newCalls = 0;
  int laterId = 0;
  b2.subscribe("e", [&](const std::string&, int) {
    b2.unsubscribe(laterId);
    b2.subscribe("e", [&](const std::string&, int) { ++newCalls; return true; });
    return true;
  }, 1);
  laterId = b2.subscribe("e", [&](const std::string&, int) { ++laterCalls; return true; });
  CHECK(b2.emit("e", 0) == 1);  // later handler removed before it ran; new one waits
  CHECK(laterCalls == 0 && newCalls == 0);
  CHECK(b2.emit("e", 0) == 2);  // first handler + the one added last time (and adds another)
  CHECK(newCalls == 1);
  CHECK(b2.handlerCount("e") == 3);
  (void)idA;

  Store store(0);
  std::vector<long long> changes;
  store.addReducer([](long long s, const std::string& a) { return a == "inc" ? s + 1 : (a == "dec" ? s - 1 : s); });
  store.addReducer([](long long s, const std::string& a) { return a == "double" ? s * 2 : s; });
  store.addReducer([](long long s, const std::string&) { return s > 100 ? 100 : s; });
  store.addListener([&](long long o, long long n) { if (o != n) changes.push_back(n); });
  for (const char* a : {"inc", "inc", "double", "noop", "dec", "double", "double", "double", "double", "double", "double"})
    store.dispatch(a);
  CHECK(store.state() == 100);
  CHECK((changes == std::vector<long long>{1, 2, 4, 3, 6, 12, 24, 48, 96, 100}));
  CHECK(store.dispatch("dec") == 99);
  return 0;
}
