#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

/* Growable array of ints. A zero-initialised struct is a valid empty vector. */
struct vec {
  int *data;
  size_t len;
  size_t cap;
};

void vec_init(struct vec *v);
/* Ensures cap >= want; false on allocation failure (vector unchanged). */
bool vec_reserve(struct vec *v, size_t want);
/* Appends; the capacity grows geometrically (doubling, minimum 4). */
bool vec_push(struct vec *v, int x);
bool vec_pop(struct vec *v, int *out);
/* Inserts x before index i (i <= len). */
bool vec_insert(struct vec *v, size_t i, int x);
/* Removes the element at index i (i < len), shifting the rest left. */
bool vec_remove(struct vec *v, size_t i, int *out);
/* Appends n values from src (src must not point into v). */
bool vec_extend(struct vec *v, const int *src, size_t n);
/* Releases unused capacity (cap becomes len; an empty vector frees its data). */
bool vec_shrink_to_fit(struct vec *v);
/* Removes every element for which keep(x) is false, preserving order. */
void vec_retain(struct vec *v, bool (*keep)(int));
void vec_free(struct vec *v);

#endif
