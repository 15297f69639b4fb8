#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

struct bst_node {
  int key;
  struct bst_node *left, *right;
};

struct bst {
  struct bst_node *root;
  size_t size;
};

void bst_init(struct bst *t);
/* Inserts key; returns false if it was already present. */
bool bst_insert(struct bst *t, int key);
/* Deletes key; returns false if it was absent. */
bool bst_delete(struct bst *t, int key);
bool bst_contains(const struct bst *t, int key);
/* In-order, pre-order and post-order traversals into out (up to max keys);
 * return the number written. */
size_t bst_inorder(const struct bst *t, int *out, size_t max);
size_t bst_preorder(const struct bst *t, int *out, size_t max);
size_t bst_postorder(const struct bst *t, int *out, size_t max);
/* Height: 0 for the empty tree, 1 for a single node. */
size_t bst_height(const struct bst *t);
/* Smallest key > key (successor); false if none. */
bool bst_successor(const struct bst *t, int key, int *out);
/* Number of keys in [lo, hi]. */
size_t bst_count_range(const struct bst *t, int lo, int hi);
void bst_free(struct bst *t);

#endif
