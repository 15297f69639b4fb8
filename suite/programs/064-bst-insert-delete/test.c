#include <limits.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 97531u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

#define KEYS 400
static bool present[KEYS];
static int out[KEYS], out2[KEYS];

/* Checks the BST ordering property using the pre-order sequence:
 * rebuild bounds recursively. */
static size_t check_preorder(const int *pre, size_t n, size_t i, long long lo, long long hi) {
  if (i >= n || pre[i] <= lo || pre[i] >= hi) return i;
  int k = pre[i];
  i = check_preorder(pre, n, i + 1, lo, k);
  return check_preorder(pre, n, i, k, hi);
}

int main(void) {
  struct bst t;
  bst_init(&t);
  int dummy = 0;
  CHECK(bst_height(&t) == 0);
  CHECK(!bst_contains(&t, 1));
  CHECK(!bst_delete(&t, 1));
  CHECK(!bst_successor(&t, 0, &dummy));
  CHECK(bst_inorder(&t, out, KEYS) == 0);

  const int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
  for (int i = 0; i < 10; i++) CHECK(bst_insert(&t, keys[i]));
  CHECK(!bst_insert(&t, 40));
  CHECK(t.size == 10);
  CHECK(bst_height(&t) == 4);
  CHECK(bst_preorder(&t, out, KEYS) == 10);
  const int pre[] = {50, 30, 20, 40, 35, 45, 70, 60, 65, 80};
  CHECK(memcmp(out, pre, sizeof pre) == 0);
  CHECK(bst_postorder(&t, out, KEYS) == 10);
  const int post[] = {20, 35, 45, 40, 30, 65, 60, 80, 70, 50};
  CHECK(memcmp(out, post, sizeof post) == 0);
  CHECK(bst_successor(&t, 45, &dummy) && dummy == 50);
  CHECK(bst_successor(&t, 66, &dummy) && dummy == 70);
  CHECK(!bst_successor(&t, 80, &dummy));
  CHECK(bst_count_range(&t, 35, 65) == 6);
  CHECK(bst_count_range(&t, 66, 69) == 0);
  CHECK(bst_count_range(&t, 90, 10) == 0);
  CHECK(bst_count_range(&t, INT_MIN, INT_MAX) == 10);

  /* delete root with two children: successor 60 takes its place */
  CHECK(bst_delete(&t, 50));
  CHECK(bst_preorder(&t, out, KEYS) == 9);
  const int pre2[] = {60, 30, 20, 40, 35, 45, 70, 65, 80};
  CHECK(memcmp(out, pre2, sizeof pre2) == 0);
  CHECK(bst_delete(&t, 20)); /* leaf */
  CHECK(bst_delete(&t, 70)); /* two children, successor 80 is a direct child */
  CHECK(bst_delete(&t, 30)); /* one child */
  CHECK(bst_inorder(&t, out, KEYS) == 6);
  const int in3[] = {35, 40, 45, 60, 65, 80};
  CHECK(memcmp(out, in3, sizeof in3) == 0);
  CHECK(bst_inorder(&t, out, 2) == 2);
  bst_free(&t);
  CHECK(t.root == NULL && t.size == 0);

  /* random operations against a presence table */
  for (int round = 0; round < 30; round++) {
    bst_init(&t);
    memset(present, 0, sizeof present);
    size_t count = 0;
    for (int step = 0; step < 800; step++) {
      int k = (int)(rnd() % KEYS);
      if (rnd() % 3 != 0) {
        CHECK(bst_insert(&t, k) == !present[k]);
        if (!present[k]) count++;
        present[k] = true;
      } else {
        CHECK(bst_delete(&t, k) == present[k]);
        if (present[k]) count--;
        present[k] = false;
      }
      CHECK(t.size == count);
      int q = (int)(rnd() % KEYS);
      CHECK(bst_contains(&t, q) == present[q]);
    }
    size_t n = bst_inorder(&t, out, KEYS);
    CHECK(n == count);
    size_t idx = 0;
    for (int k = 0; k < KEYS; k++)
      if (present[k]) CHECK(out[idx++] == k);
    CHECK(bst_preorder(&t, out2, KEYS) == n);
    CHECK(check_preorder(out2, n, 0, LLONG_MIN, LLONG_MAX) == n);
    CHECK(bst_postorder(&t, out2, KEYS) == n);
    CHECK(n == 0 || out2[n - 1] == t.root->key);
    size_t h = bst_height(&t);
    CHECK(h <= n);
    CHECK(n == 0 || h >= 63 || ((size_t)1 << h) > n);
    for (int q = -1; q < KEYS; q += 7) {
      int expect = -1;
      for (int k = q + 1; k < KEYS; k++) if (present[k]) { expect = k; break; }
      int got = -1;
      CHECK(bst_successor(&t, q, &got) == (expect >= 0));
      if (expect >= 0) CHECK(got == expect);
      int hi = q + (int)(rnd() % 50);
      size_t c = 0;
      for (int k = q; k <= hi; k++) if (k >= 0 && k < KEYS && present[k]) c++;
      CHECK(bst_count_range(&t, q, hi) == c);
    }
    bst_free(&t);
  }
  return 0;
}
