#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 13579u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

static int same(const struct node *l, const int *a, size_t n) {
  size_t i = 0;
  for (; l; l = l->next, i++)
    if (i >= n || l->val != a[i]) return 0;
  return i == n;
}

int main(void) {
  CHECK(list_length(NULL) == 0);
  CHECK(list_reverse(NULL) == NULL);
  CHECK(list_middle(NULL) == NULL);
  CHECK(!list_has_cycle(NULL));
  CHECK(list_sort(NULL) == NULL);
  CHECK(list_remove_all(NULL, 3) == NULL);
  list_free(NULL);

  struct node *l = NULL;
  l = list_push_back(l, 2);
  l = list_push_front(l, 1);
  l = list_push_back(l, 3);
  const int e123[] = {1, 2, 3};
  CHECK(same(l, e123, 3));
  CHECK(list_middle(l)->val == 2);
  l = list_reverse(l);
  const int e321[] = {3, 2, 1};
  CHECK(same(l, e321, 3));
  l = list_push_back(l, 4);
  CHECK(list_middle(l)->val == 1); /* 3 2 1 4 -> second middle */
  list_free(l);

  const int dup[] = {5, 1, 5, 5, 2, 5};
  l = list_from_array(dup, 6);
  l = list_remove_all(l, 5);
  const int e12[] = {1, 2};
  CHECK(same(l, e12, 2));
  l = list_remove_all(l, 1);
  l = list_remove_all(l, 2);
  CHECK(l == NULL);

  /* cycle detection: build, link tail to a middle node, test, unlink, free */
  const int seq[] = {1, 2, 3, 4, 5, 6, 7};
  for (size_t at = 0; at < 7; at++) {
    l = list_from_array(seq, 7);
    CHECK(!list_has_cycle(l));
    struct node *tail = l, *target = l;
    while (tail->next) tail = tail->next;
    for (size_t k = 0; k < at; k++) target = target->next;
    tail->next = target;
    CHECK(list_has_cycle(l));
    tail->next = NULL;
    CHECK(!list_has_cycle(l));
    list_free(l);
  }

  int a[300], b[300], got[300];
  for (int iter = 0; iter < 600; iter++) {
    size_t n = rnd() % 200, m = rnd() % 100;
    for (size_t i = 0; i < n; i++) a[i] = (int)(rnd() % 30);
    l = list_from_array(a, n);
    CHECK(list_length(l) == n);
    CHECK(list_to_array(l, got, 300) == n);
    CHECK(n == 0 || memcmp(got, a, n * sizeof(int)) == 0);
    if (n > 3) CHECK(list_to_array(l, got, 3) == 3);
    if (n) CHECK(list_middle(l) == NULL || list_middle(l)->val == a[n / 2]);

    /* reverse */
    l = list_reverse(l);
    for (size_t i = 0; i < n; i++) b[i] = a[n - 1 - i];
    CHECK(same(l, b, n));
    l = list_reverse(l);

    /* sort: stable check through val only; compare with insertion sort */
    memcpy(b, a, n * sizeof(int));
    for (size_t i = 1; i < n; i++) {
      int v = b[i];
      size_t j = i;
      while (j > 0 && b[j - 1] > v) { b[j] = b[j - 1]; j--; }
      b[j] = v;
    }
    l = list_sort(l);
    CHECK(same(l, b, n));

    /* insert_sorted keeps order */
    int v = (int)(rnd() % 30);
    l = list_insert_sorted(l, v);
    size_t pos = 0;
    while (pos < n && b[pos] <= v) pos++;
    memmove(b + pos + 1, b + pos, (n - pos) * sizeof(int));
    b[pos] = v;
    CHECK(same(l, b, n + 1));

    /* merge with another sorted list */
    int c[100];
    int x = 0;
    for (size_t i = 0; i < m; i++) { x += (int)(rnd() % 3); c[i] = x; }
    struct node *other = list_from_array(c, m);
    l = list_merge_sorted(l, other);
    size_t total = n + 1 + m;
    CHECK(list_length(l) == total);
    list_to_array(l, got, 300);
    for (size_t i = 1; i < total; i++) CHECK(got[i - 1] <= got[i]);
    /* multiset equality via counts */
    int counts[64] = {0};
    for (size_t i = 0; i < n + 1; i++) counts[b[i]]++;
    for (size_t i = 0; i < m; i++) if (c[i] < 64) counts[c[i]]++;
    for (size_t i = 0; i < total; i++) if (got[i] < 64) counts[got[i]]--;
    for (int i = 0; i < 64; i++) CHECK(counts[i] == 0);

    /* remove a value and check */
    int rv = (int)(rnd() % 30);
    l = list_remove_all(l, rv);
    size_t left = 0;
    for (size_t i = 0; i < total; i++) if (got[i] != rv) b[left++] = got[i];
    CHECK(same(l, b, left));
    list_free(l);
  }

  /* stability of merge: tag values with parity via separate lists */
  struct node *p = list_from_array((const int[]){1, 3, 3}, 3);
  struct node *q = list_from_array((const int[]){3, 4}, 2);
  struct node *p3 = p->next; /* first 3 from p */
  struct node *q3 = q;
  struct node *mgd = list_merge_sorted(p, q);
  CHECK(mgd->next == p3 && p3->next->next == q3);
  list_free(mgd);
  return 0;
}
