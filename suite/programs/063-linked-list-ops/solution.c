#include <stdlib.h>
#include "solution.h"

static struct node *new_node(int v, struct node *next) {
  struct node *n = malloc(sizeof *n);
  if (n == NULL) abort();
  n->val = v;
  n->next = next;
  return n;
}

struct node *list_push_front(struct node *head, int v) { return new_node(v, head); }

struct node *list_push_back(struct node *head, int v) {
  struct node *n = new_node(v, NULL);
  if (head == NULL) return n;
  struct node *p = head;
  while (p->next) p = p->next;
  p->next = n;
  return head;
}

struct node *list_from_array(const int *a, size_t n) {
  struct node *head = NULL;
  for (size_t i = n; i-- > 0;) head = new_node(a[i], head);
  return head;
}

size_t list_length(const struct node *head) {
  size_t n = 0;
  for (; head; head = head->next) n++;
  return n;
}

size_t list_to_array(const struct node *head, int *out, size_t max) {
  size_t n = 0;
  for (; head && n < max; head = head->next) out[n++] = head->val;
  return n;
}

struct node *list_reverse(struct node *head) {
  struct node *prev = NULL;
  while (head) {
    struct node *next = head->next;
    head->next = prev;
    prev = head;
    head = next;
  }
  return prev;
}

struct node *list_remove_all(struct node *head, int v) {
  struct node **link = &head;
  while (*link) {
    if ((*link)->val == v) {
      struct node *dead = *link;
      *link = dead->next;
      free(dead);
    } else {
      link = &(*link)->next;
    }
  }
  return head;
}

struct node *list_insert_sorted(struct node *head, int v) {
  struct node **link = &head;
  while (*link && (*link)->val <= v) link = &(*link)->next;
  *link = new_node(v, *link);
  return head;
}

struct node *list_merge_sorted(struct node *a, struct node *b) {
  struct node dummy;
  struct node *tail = &dummy;
  dummy.next = NULL;
  while (a && b) {
    if (b->val < a->val) {
      tail->next = b;
      b = b->next;
    } else {
      tail->next = a;
      a = a->next;
    }
    tail = tail->next;
  }
  tail->next = a ? a : b;
  return dummy.next;
}

struct node *list_middle(struct node *head) {
  struct node *slow = head, *fast = head;
  while (fast && fast->next) {
    slow = slow->next;
    fast = fast->next->next;
  }
  return slow;
}

struct node *list_sort(struct node *head) {
  if (head == NULL || head->next == NULL) return head;
  /* split before the middle: first half gets ceil(n/2) */
  struct node *slow = head, *fast = head->next;
  while (fast && fast->next) {
    slow = slow->next;
    fast = fast->next->next;
  }
  struct node *second = slow->next;
  slow->next = NULL;
  return list_merge_sorted(list_sort(head), list_sort(second));
}

bool list_has_cycle(const struct node *head) {
  const struct node *slow = head, *fast = head;
  while (fast && fast->next) {
    slow = slow->next;
    fast = fast->next->next;
    if (slow == fast) return true;
  }
  return false;
}

void list_free(struct node *head) {
  while (head) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
}
