#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

/* Trie over lowercase words 'a'..'z'. Each node is heap-allocated. */
struct trie_node {
  struct trie_node *child[26];
  size_t prefix_count; /* words stored in this subtree */
  bool is_word;
};

struct trie {
  struct trie_node *root;
  size_t words;
};

bool trie_init(struct trie *t);
/* Inserts word (only 'a'..'z'; the empty word is allowed). Returns false if
 * already present, on invalid characters, or on allocation failure. */
bool trie_insert(struct trie *t, const char *word);
bool trie_contains(const struct trie *t, const char *word);
/* Number of stored words that start with prefix. */
size_t trie_count_prefix(const struct trie *t, const char *prefix);
/* Removes word and frees nodes that no longer lead to any word. */
bool trie_remove(struct trie *t, const char *word);
/* Writes the stored words in lexicographic order into out as
 * NUL-separated strings (total capacity cap bytes); returns the number of
 * words written (stops when the next word would not fit). */
size_t trie_list(const struct trie *t, char *out, size_t cap);
/* Length of the longest stored word that is a prefix of s (or -1 if none). */
long trie_longest_prefix_of(const struct trie *t, const char *s);
/* Number of allocated nodes, including the root. */
size_t trie_node_count(const struct trie *t);
void trie_free(struct trie *t);

#endif
