#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>

struct record {
  int key;
  int payload;
};

/* Stable top-down merge sort of records by key. Returns 0, or -1 if the
 * scratch buffer cannot be allocated (array unchanged). */
int merge_sort_records(struct record *a, size_t n);
/* Bottom-up merge sort of ints; returns 0 or -1 on allocation failure. */
int merge_sort_bottom_up(int *a, size_t n);
/* Number of pairs i < j with a[i] > a[j], counted by merge sort on a copy;
 * a is not modified. Returns (unsigned long long)-1 on allocation failure. */
unsigned long long count_inversions(const int *a, size_t n);

#endif
