#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

/* Double-ended queue of ints on a growable circular buffer whose capacity is
 * always a power of two (or 0 before the first push). */
struct deque {
  int *buf;
  size_t cap;
  size_t head; /* index of the front element */
  size_t len;
};

void dq_init(struct deque *d);
bool dq_push_back(struct deque *d, int v);
bool dq_push_front(struct deque *d, int v);
bool dq_pop_back(struct deque *d, int *out);
bool dq_pop_front(struct deque *d, int *out);
/* Element i counted from the front; i < len. */
int dq_get(const struct deque *d, size_t i);
void dq_set(struct deque *d, size_t i, int v);
/* Copies the contents front-to-back into out (len elements). */
void dq_to_array(const struct deque *d, int *out);
/* Maximum of each window of k consecutive values of a (1 <= k <= n), using
 * a deque of indices; writes n - k + 1 values into out. Returns false on
 * allocation failure. */
bool sliding_window_max(const int *a, size_t n, size_t k, int *out);
void dq_free(struct deque *d);

#endif
