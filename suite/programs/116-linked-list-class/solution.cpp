#include "solution.hpp"
#include <utility>

namespace {
long g_nodes = 0;
}

struct IntList::Node {
  int v;
  Node* next;
  Node(int x, Node* n) : v(x), next(n) { ++g_nodes; }
  ~Node() { --g_nodes; }
};

long IntList::liveNodes() { return g_nodes; }

int& IntList::Iterator::operator*() const { return n_->v; }
IntList::Iterator& IntList::Iterator::operator++() {
  n_ = n_->next;
  return *this;
}

IntList::IntList() : head_(nullptr), tail_(nullptr), size_(0) {}
IntList::IntList(std::initializer_list<int> xs) : IntList() {
  for (int x : xs) pushBack(x);
}
IntList::IntList(const IntList& o) : IntList() {
  for (Node* n = o.head_; n; n = n->next) pushBack(n->v);
}
IntList::IntList(IntList&& o) noexcept : head_(o.head_), tail_(o.tail_), size_(o.size_) {
  o.head_ = o.tail_ = nullptr;
  o.size_ = 0;
}
IntList& IntList::operator=(IntList o) noexcept {
  std::swap(head_, o.head_);
  std::swap(tail_, o.tail_);
  std::swap(size_, o.size_);
  return *this;
}
IntList::~IntList() { clear(); }

void IntList::clear() {
  while (head_) {
    Node* n = head_->next;
    delete head_;
    head_ = n;
  }
  tail_ = nullptr;
  size_ = 0;
}

void IntList::pushFront(int v) {
  head_ = new Node(v, head_);
  if (!tail_) tail_ = head_;
  ++size_;
}

void IntList::pushBack(int v) {
  Node* n = new Node(v, nullptr);
  if (tail_) tail_->next = n;
  else head_ = n;
  tail_ = n;
  ++size_;
}

bool IntList::popFront(int& out) {
  if (!head_) return false;
  Node* n = head_;
  out = n->v;
  head_ = n->next;
  if (!head_) tail_ = nullptr;
  delete n;
  --size_;
  return true;
}

std::size_t IntList::removeAll(int v) {
  std::size_t removed = 0;
  Node** link = &head_;
  tail_ = nullptr;
  while (*link) {
    Node* n = *link;
    if (n->v == v) {
      *link = n->next;
      delete n;
      ++removed;
    } else {
      tail_ = n;
      link = &n->next;
    }
  }
  size_ -= removed;
  return removed;
}

void IntList::reverse() {
  Node* prev = nullptr;
  Node* cur = head_;
  tail_ = head_;
  while (cur) {
    Node* next = cur->next;
    cur->next = prev;
    prev = cur;
    cur = next;
  }
  head_ = prev;
}

void IntList::insertSorted(int v) {
  Node** link = &head_;
  while (*link && (*link)->v <= v) link = &(*link)->next;
  Node* n = new Node(v, *link);
  if (!n->next) tail_ = n;
  *link = n;
  ++size_;
}

namespace {
template <typename N>
N* mergeNodes(N* a, N* b) {
  N dummyStorage{0, nullptr};  // counted node on the stack; balanced by its destructor
  N* t = &dummyStorage;
  while (a && b) {
    if (b->v < a->v) { t->next = b; b = b->next; }
    else { t->next = a; a = a->next; }
    t = t->next;
  }
  t->next = a ? a : b;
  return dummyStorage.next;
}

template <typename N>
N* sortNodes(N* h, std::size_t n) {
  if (n <= 1) {
    if (h) h->next = nullptr;
    return h;
  }
  N* mid = h;
  for (std::size_t i = 1; i < n / 2; ++i) mid = mid->next;
  N* second = mid->next;
  mid->next = nullptr;
  return mergeNodes(sortNodes(h, n / 2), sortNodes(second, n - n / 2));
}
}  // namespace

void IntList::sort() {
  head_ = sortNodes(head_, size_);
  tail_ = head_;
  while (tail_ && tail_->next) tail_ = tail_->next;
}

void IntList::mergeFrom(IntList& other) {
  if (&other == this) return;
  head_ = mergeNodes(head_, other.head_);
  size_ += other.size_;
  other.head_ = other.tail_ = nullptr;
  other.size_ = 0;
  tail_ = head_;
  while (tail_ && tail_->next) tail_ = tail_->next;
}

std::vector<int> IntList::toVector() const {
  std::vector<int> v;
  for (Node* n = head_; n; n = n->next) v.push_back(n->v);
  return v;
}

bool IntList::operator==(const IntList& o) const { return toVector() == o.toVector(); }
