#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

/* In-place heapsort, ascending (max-heap with sift-down). */
void heapsort_int(int *a, size_t n);

/* Fixed-capacity binary min-heap over caller-provided storage. */
struct min_heap {
  int *data;
  size_t size;
  size_t cap;
};

void heap_init(struct min_heap *h, int *storage, size_t cap);
bool heap_push(struct min_heap *h, int v);  /* false when full */
bool heap_pop(struct min_heap *h, int *out); /* false when empty */
bool heap_peek(const struct min_heap *h, int *out);
/* Writes the k largest values of a (k <= n) into out in descending order,
 * using a size-k min-heap whose storage is scratch (k ints). */
void k_largest(const int *a, size_t n, size_t k, int *scratch, int *out);

#endif
