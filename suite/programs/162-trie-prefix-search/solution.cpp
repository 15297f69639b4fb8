#include "solution.hpp"

namespace {
bool valid_word(const std::string& w) {
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  return true;
}
}  // namespace

Trie::Trie() : words_(0) {
  Node root;
  root.child.fill(-1);
  root.pass = 0;
  root.terminal = false;
  nodes_.push_back(root);
}

int Trie::walk(const std::string& s) const {
  int cur = 0;
  for (char c : s) {
    if (c < 'a' || c > 'z') return -1;
    cur = nodes_[static_cast<std::size_t>(cur)].child[static_cast<std::size_t>(c - 'a')];
    if (cur < 0) return -1;
  }
  return cur;
}

bool Trie::insert(const std::string& word) {
  if (!valid_word(word) || contains(word)) return false;
  int cur = 0;
  nodes_[0].pass++;
  for (char c : word) {
    std::size_t k = static_cast<std::size_t>(c - 'a');
    int next = nodes_[static_cast<std::size_t>(cur)].child[k];
    if (next < 0) {
      Node n;
      n.child.fill(-1);
      n.pass = 0;
      n.terminal = false;
      nodes_.push_back(n);  // may reallocate: re-index afterwards
      next = static_cast<int>(nodes_.size() - 1);
      nodes_[static_cast<std::size_t>(cur)].child[k] = next;
    }
    cur = next;
    nodes_[static_cast<std::size_t>(cur)].pass++;
  }
  nodes_[static_cast<std::size_t>(cur)].terminal = true;
  ++words_;
  return true;
}

bool Trie::contains(const std::string& word) const {
  int n = walk(word);
  return n >= 0 && nodes_[static_cast<std::size_t>(n)].terminal;
}

bool Trie::starts_with(const std::string& prefix) const { return count_prefix(prefix) > 0; }

std::size_t Trie::count_prefix(const std::string& prefix) const {
  int n = walk(prefix);
  return n < 0 ? 0 : nodes_[static_cast<std::size_t>(n)].pass;
}

bool Trie::erase(const std::string& word) {
  if (!contains(word)) return false;
  int cur = 0;
  nodes_[0].pass--;
  for (char c : word) {
    cur = nodes_[static_cast<std::size_t>(cur)].child[static_cast<std::size_t>(c - 'a')];
    nodes_[static_cast<std::size_t>(cur)].pass--;
  }
  nodes_[static_cast<std::size_t>(cur)].terminal = false;
  --words_;
  return true;
}

std::size_t Trie::size() const { return words_; }

void Trie::collect(int node, std::string& buf, std::vector<std::string>& out, std::size_t limit) const {
  if (out.size() >= limit) return;
  const Node& n = nodes_[static_cast<std::size_t>(node)];
  if (n.pass == 0) return;
  if (n.terminal) out.push_back(buf);
  for (std::size_t k = 0; k < 26 && out.size() < limit; ++k) {
    int ch = n.child[k];
    if (ch < 0) continue;
    buf.push_back(static_cast<char>('a' + k));
    collect(ch, buf, out, limit);
    buf.pop_back();
  }
}

std::vector<std::string> Trie::complete(const std::string& prefix, std::size_t limit) const {
  std::vector<std::string> out;
  int n = walk(prefix);
  if (n < 0 || limit == 0) return out;
  std::string buf = prefix;
  collect(n, buf, out, limit);
  return out;
}

std::string Trie::longest_stored_prefix_of(const std::string& text) const {
  int cur = 0;
  std::size_t best = 0;
  bool found = nodes_[0].terminal;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c < 'a' || c > 'z') break;
    cur = nodes_[static_cast<std::size_t>(cur)].child[static_cast<std::size_t>(c - 'a')];
    if (cur < 0) break;
    if (nodes_[static_cast<std::size_t>(cur)].terminal) {
      best = i + 1;
      found = true;
    }
  }
  return found ? text.substr(0, best) : std::string();
}

std::size_t count_words_prefixing(const std::vector<std::string>& words, const std::string& text) {
  Trie t;
  for (const std::string& w : words) t.insert(w);  // duplicates collapse into one entry
  std::size_t count = 0;
  for (std::size_t len = 0; len <= text.size(); ++len)
    if (t.contains(text.substr(0, len))) ++count;
  return count;
}
