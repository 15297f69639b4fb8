#pragma once
#include <cstddef>
#include <initializer_list>
#include <vector>

// Singly linked list of ints that owns its nodes (rule of five) and exposes a
// forward iterator usable in range-for loops.
class IntList {
  struct Node;

public:
  class Iterator {
  public:
    explicit Iterator(Node* n) : n_(n) {}
    int& operator*() const;
    Iterator& operator++();
    bool operator!=(const Iterator& o) const { return n_ != o.n_; }
    bool operator==(const Iterator& o) const { return n_ == o.n_; }

  private:
    Node* n_;
  };

  IntList();
  IntList(std::initializer_list<int> xs);
  IntList(const IntList& o);
  IntList(IntList&& o) noexcept;
  IntList& operator=(IntList o) noexcept;  // copy-and-swap
  ~IntList();

  Iterator begin() { return Iterator(head_); }
  Iterator end() { return Iterator(nullptr); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void pushFront(int v);
  void pushBack(int v);
  bool popFront(int& out);
  std::size_t removeAll(int v);  // returns number removed
  void reverse();
  void insertSorted(int v);      // assumes ascending order
  void sort();                   // stable merge sort on the nodes, no allocation
  void mergeFrom(IntList& other);  // both sorted; other becomes empty
  std::vector<int> toVector() const;
  bool operator==(const IntList& o) const;

  static long liveNodes();

private:
  void clear();
  Node* head_;
  Node* tail_;
  std::size_t size_;
};
