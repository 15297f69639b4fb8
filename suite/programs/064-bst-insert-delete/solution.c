#include <stdlib.h>
#include "solution.h"

void bst_init(struct bst *t) {
  t->root = NULL;
  t->size = 0;
}

bool bst_insert(struct bst *t, int key) {
  struct bst_node **link = &t->root;
  while (*link) {
    if (key == (*link)->key) return false;
    link = key < (*link)->key ? &(*link)->left : &(*link)->right;
  }
  struct bst_node *n = malloc(sizeof *n);
  if (n == NULL) return false;
  n->key = key;
  n->left = n->right = NULL;
  *link = n;
  t->size++;
  return true;
}

bool bst_delete(struct bst *t, int key) {
  struct bst_node **link = &t->root;
  while (*link && (*link)->key != key) link = key < (*link)->key ? &(*link)->left : &(*link)->right;
  struct bst_node *n = *link;
  if (n == NULL) return false;
  if (n->left && n->right) {
    /* replace with in-order successor, unlinking it from the right subtree */
    struct bst_node **slink = &n->right;
    while ((*slink)->left) slink = &(*slink)->left;
    struct bst_node *s = *slink;
    *slink = s->right;
    s->left = n->left;
    s->right = n->right;
    *link = s;
  } else {
    *link = n->left ? n->left : n->right;
  }
  free(n);
  t->size--;
  return true;
}

bool bst_contains(const struct bst *t, int key) {
  const struct bst_node *n = t->root;
  while (n) {
    if (key == n->key) return true;
    n = key < n->key ? n->left : n->right;
  }
  return false;
}

enum order { PRE, IN, POST };

static void walk(const struct bst_node *n, enum order o, int *out, size_t max, size_t *k) {
  if (n == NULL) return;
  if (o == PRE && *k < max) out[(*k)++] = n->key;
  walk(n->left, o, out, max, k);
  if (o == IN && *k < max) out[(*k)++] = n->key;
  walk(n->right, o, out, max, k);
  if (o == POST && *k < max) out[(*k)++] = n->key;
}

size_t bst_inorder(const struct bst *t, int *out, size_t max) {
  size_t k = 0;
  walk(t->root, IN, out, max, &k);
  return k;
}

size_t bst_preorder(const struct bst *t, int *out, size_t max) {
  size_t k = 0;
  walk(t->root, PRE, out, max, &k);
  return k;
}

size_t bst_postorder(const struct bst *t, int *out, size_t max) {
  size_t k = 0;
  walk(t->root, POST, out, max, &k);
  return k;
}

static size_t height(const struct bst_node *n) {
  if (n == NULL) return 0;
  size_t l = height(n->left), r = height(n->right);
  return 1 + (l > r ? l : r);
}

size_t bst_height(const struct bst *t) { return height(t->root); }

bool bst_successor(const struct bst *t, int key, int *out) {
  const struct bst_node *n = t->root, *best = NULL;
  while (n) {
    if (n->key > key) {
      best = n;
      n = n->left;
    } else {
      n = n->right;
    }
  }
  if (best == NULL) return false;
  *out = best->key;
  return true;
}

static size_t count_range(const struct bst_node *n, int lo, int hi) {
  if (n == NULL) return 0;
  if (n->key < lo) return count_range(n->right, lo, hi);
  if (n->key > hi) return count_range(n->left, lo, hi);
  return 1 + count_range(n->left, lo, hi) + count_range(n->right, lo, hi);
}

size_t bst_count_range(const struct bst *t, int lo, int hi) {
  if (lo > hi) return 0;
  return count_range(t->root, lo, hi);
}

static void free_nodes(struct bst_node *n) {
  while (n) {
    free_nodes(n->left);
    struct bst_node *r = n->right;
    free(n);
    n = r;
  }
}

void bst_free(struct bst *t) {
  free_nodes(t->root);
  t->root = NULL;
  t->size = 0;
}
