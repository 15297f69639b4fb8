#include "solution.hpp"
#include <algorithm>

int EventBus::subscribe(const std::string& topic, Handler h, int priority, bool once) {
  subs_.push_back(Sub{nextId_, topic, std::move(h), priority, once, true});
  return nextId_++;
}

int EventBus::subscribeAll(Handler h) { return subscribe("*", std::move(h), -2147483647 - 1, false); }

bool EventBus::unsubscribe(int id) {
  for (Sub& s : subs_)
    if (s.id == id && s.active) {
      s.active = false;
      return true;
    }
  return false;
}

std::size_t EventBus::emit(const std::string& topic, int payload) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < subs_.size(); ++i)
    if (subs_[i].active && (subs_[i].topic == topic || subs_[i].topic == "*")) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
    bool wa = subs_[a].topic == "*", wb = subs_[b].topic == "*";
    if (wa != wb) return wb;
    return subs_[a].priority > subs_[b].priority;
  });
  std::vector<int> ids;
  for (std::size_t i : order) ids.push_back(subs_[i].id);
  std::size_t called = 0;
  for (int id : ids) {
    // look the subscription up again: subs_ may have grown during earlier handlers
    Handler fn;
    bool found = false;
    for (Sub& s : subs_)
      if (s.id == id && s.active) {
        fn = s.fn;  // copy so the handler survives changes to subs_
        if (s.once) s.active = false;
        found = true;
        break;
      }
    if (!found) continue;
    ++called;
    if (!fn(topic, payload)) break;
  }
  subs_.erase(std::remove_if(subs_.begin(), subs_.end(), [](const Sub& s) { return !s.active; }), subs_.end());
  return called;
}

std::size_t EventBus::handlerCount(const std::string& topic) const {
  return static_cast<std::size_t>(std::count_if(subs_.begin(), subs_.end(), [&topic](const Sub& s) {
    return s.active && s.topic == topic;
  }));
}

long long Store::dispatch(const std::string& action) {
  long long old = state_;
  for (const Reducer& r : reducers_) state_ = r(state_, action);
  for (const Listener& l : listeners_) l(old, state_);
  return state_;
}
