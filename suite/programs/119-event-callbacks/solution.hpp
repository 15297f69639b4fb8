#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

// Topic-based event bus with std::function handlers.
// Handlers run in descending priority, ties in subscription order. A handler
// returning false stops propagation to lower-priority handlers. Handlers may
// subscribe/unsubscribe during emit; changes take effect for the next emit
// (removed handlers that have not run yet are skipped immediately).
class EventBus {
public:
  using Handler = std::function<bool(const std::string& topic, int payload)>;
  int subscribe(const std::string& topic, Handler h, int priority = 0, bool once = false);
  bool unsubscribe(int id);
  std::size_t emit(const std::string& topic, int payload);  // number of handlers invoked
  std::size_t handlerCount(const std::string& topic) const;
  // Also receives every event on every topic, after topic handlers, unless stopped.
  int subscribeAll(Handler h);

private:
  struct Sub {
    int id;
    std::string topic;  // "*" for wildcard
    Handler fn;
    int priority;
    bool once;
    bool active;
  };
  std::vector<Sub> subs_;
  int nextId_ = 1;
};

// A reducer-style store: dispatch(action) applies reducers in order, then notifies listeners.
class Store {
public:
  using Reducer = std::function<long long(long long state, const std::string& action)>;
  using Listener = std::function<void(long long oldState, long long newState)>;
  explicit Store(long long initial) : state_(initial) {}
  void addReducer(Reducer r) { reducers_.push_back(std::move(r)); }
  void addListener(Listener l) { listeners_.push_back(std::move(l)); }
  long long dispatch(const std::string& action);
  long long state() const { return state_; }

private:
  long long state_;
  std::vector<Reducer> reducers_;
  std::vector<Listener> listeners_;
};
