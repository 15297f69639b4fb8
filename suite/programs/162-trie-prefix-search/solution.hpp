#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <vector>

// Trie over lowercase ASCII words ('a'..'z'); nodes live in a vector (no manual memory).
class Trie {
 public:
  Trie();
  // Returns true if the word was not present before. Words with other characters are rejected
  // (returns false, nothing inserted).
  bool insert(const std::string& word);
  bool contains(const std::string& word) const;
  bool starts_with(const std::string& prefix) const;
  // Number of stored words having the prefix (the empty prefix counts all words).
  std::size_t count_prefix(const std::string& prefix) const;
  // Removes a word; returns true if it was present.
  bool erase(const std::string& word);
  std::size_t size() const;
  // All words with the prefix in lexicographic order, at most `limit` of them.
  std::vector<std::string> complete(const std::string& prefix, std::size_t limit) const;
  // Longest stored word that is a prefix of text ("" if none).
  std::string longest_stored_prefix_of(const std::string& text) const;

 private:
  struct Node {
    std::array<int, 26> child;
    std::size_t pass;  // words passing through (or ending at) this node
    bool terminal;
  };
  int walk(const std::string& s) const;  // node index or -1
  void collect(int node, std::string& buf, std::vector<std::string>& out, std::size_t limit) const;
  std::vector<Node> nodes_;
  std::size_t words_;
};

// How many distinct words of `words` are prefixes of `text` (counted with a trie).
std::size_t count_words_prefixing(const std::vector<std::string>& words, const std::string& text);
