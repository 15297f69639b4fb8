#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

#define SQ_CAP 64

/* Fixed-capacity stack that also tracks its minimum in O(1). */
struct min_stack {
  int items[SQ_CAP];
  int mins[SQ_CAP];
  size_t top;
};

void mstack_init(struct min_stack *s);
bool mstack_push(struct min_stack *s, int v); /* false when full */
bool mstack_pop(struct min_stack *s, int *out); /* false when empty */
bool mstack_min(const struct min_stack *s, int *out);

/* Circular queue of capacity SQ_CAP. */
struct ring_queue {
  int items[SQ_CAP];
  size_t head, count;
};

void rq_init(struct ring_queue *q);
bool rq_enqueue(struct ring_queue *q, int v);
bool rq_dequeue(struct ring_queue *q, int *out);
bool rq_peek(const struct ring_queue *q, int *out);

/* Queue built from two min_stacks (amortised O(1)), which therefore also
 * answers the minimum of everything queued. Holds up to SQ_CAP items. */
struct stack_queue {
  struct min_stack in, out;
};

void sq_init(struct stack_queue *q);
bool sq_enqueue(struct stack_queue *q, int v);
bool sq_dequeue(struct stack_queue *q, int *out);
bool sq_min(const struct stack_queue *q, int *out);
size_t sq_size(const struct stack_queue *q);

/* True if the brackets ()[]{}<> in s are balanced and properly nested (other
 * characters ignored); nesting deeper than SQ_CAP counts as unbalanced. */
bool brackets_balanced(const char *s);

#endif
