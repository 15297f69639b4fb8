#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

struct node {
  int val;
  struct node *next;
};

/* All functions take and return list heads; NULL is the empty list. Nodes are
 * allocated with malloc; list_free releases a whole (acyclic) list. */
struct node *list_push_front(struct node *head, int v);
struct node *list_push_back(struct node *head, int v);
struct node *list_from_array(const int *a, size_t n);
size_t list_length(const struct node *head);
size_t list_to_array(const struct node *head, int *out, size_t max);
struct node *list_reverse(struct node *head);
/* Removes every node holding v; returns the new head. */
struct node *list_remove_all(struct node *head, int v);
/* Inserts v into an ascending list, after any equal values. */
struct node *list_insert_sorted(struct node *head, int v);
/* Merges two ascending lists (nodes are relinked, not copied); stable: on ties
 * nodes from a come first. */
struct node *list_merge_sorted(struct node *a, struct node *b);
/* Stable merge sort of a list. */
struct node *list_sort(struct node *head);
/* Middle node (second of the two middles for even lengths), NULL if empty. */
struct node *list_middle(struct node *head);
/* Floyd's cycle detection. */
bool list_has_cycle(const struct node *head);
void list_free(struct node *head);

#endif
