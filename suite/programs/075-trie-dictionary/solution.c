#include <stdlib.h>
#include "solution.h"

static int idx(char c) { return (c >= 'a' && c <= 'z') ? c - 'a' : -1; }

bool trie_init(struct trie *t) {
  t->root = calloc(1, sizeof *t->root);
  t->words = 0;
  return t->root != NULL;
}

static const struct trie_node *walk(const struct trie *t, const char *s) {
  const struct trie_node *n = t->root;
  for (; *s && n; s++) {
    int i = idx(*s);
    if (i < 0) return NULL;
    n = n->child[i];
  }
  return n;
}

bool trie_contains(const struct trie *t, const char *word) {
  const struct trie_node *n = walk(t, word);
  return n && n->is_word;
}

size_t trie_count_prefix(const struct trie *t, const char *prefix) {
  const struct trie_node *n = walk(t, prefix);
  return n ? n->prefix_count : 0;
}

bool trie_insert(struct trie *t, const char *word) {
  for (const char *p = word; *p; p++)
    if (idx(*p) < 0) return false;
  if (trie_contains(t, word)) return false;
  /* create missing nodes first so that a failed allocation leaves counts intact */
  struct trie_node *n = t->root;
  for (const char *p = word; *p; p++) {
    int i = idx(*p);
    if (n->child[i] == NULL) {
      n->child[i] = calloc(1, sizeof *n);
      if (n->child[i] == NULL) return false; /* empty nodes left behind are harmless */
    }
    n = n->child[i];
  }
  n->is_word = true;
  n = t->root;
  n->prefix_count++;
  for (const char *p = word; *p; p++) {
    n = n->child[idx(*p)];
    n->prefix_count++;
  }
  t->words++;
  return true;
}

static void free_node(struct trie_node *n) {
  if (n == NULL) return;
  for (int i = 0; i < 26; i++) free_node(n->child[i]);
  free(n);
}

bool trie_remove(struct trie *t, const char *word) {
  if (!trie_contains(t, word)) return false;
  struct trie_node *n = t->root;
  n->prefix_count--;
  for (const char *p = word; *p; p++) {
    struct trie_node **link = &n->child[idx(*p)];
    (*link)->prefix_count--;
    if ((*link)->prefix_count == 0) {
      /* nothing below leads to a word any more */
      free_node(*link);
      *link = NULL;
      t->words--;
      return true;
    }
    n = *link;
  }
  n->is_word = false;
  t->words--;
  return true;
}

struct list_state {
  char *out;
  size_t cap, used, count;
  char buf[256];
  int full;
};

static void list_rec(const struct trie_node *n, size_t depth, struct list_state *st) {
  if (st->full) return;
  if (n->is_word) {
    if (st->cap - st->used < depth + 1) {
      st->full = 1;
      return;
    }
    for (size_t i = 0; i < depth; i++) st->out[st->used++] = st->buf[i];
    st->out[st->used++] = '\0';
    st->count++;
  }
  if (depth >= sizeof st->buf) return;
  for (int i = 0; i < 26; i++)
    if (n->child[i]) {
      st->buf[depth] = (char)('a' + i);
      list_rec(n->child[i], depth + 1, st);
    }
}

size_t trie_list(const struct trie *t, char *out, size_t cap) {
  struct list_state st;
  st.out = out;
  st.cap = cap;
  st.used = 0;
  st.count = 0;
  st.full = 0;
  list_rec(t->root, 0, &st);
  return st.count;
}

long trie_longest_prefix_of(const struct trie *t, const char *s) {
  const struct trie_node *n = t->root;
  long best = n->is_word ? 0 : -1;
  for (long len = 1; *s; s++, len++) {
    int i = idx(*s);
    if (i < 0 || (n = n->child[i]) == NULL) break;
    if (n->is_word) best = len;
  }
  return best;
}

static size_t count_nodes(const struct trie_node *n) {
  if (n == NULL) return 0;
  size_t c = 1;
  for (int i = 0; i < 26; i++) c += count_nodes(n->child[i]);
  return c;
}

size_t trie_node_count(const struct trie *t) { return count_nodes(t->root); }

void trie_free(struct trie *t) {
  free_node(t->root);
  t->root = NULL;
  t->words = 0;
}
