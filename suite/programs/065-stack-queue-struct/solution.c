#include "solution.h"

void mstack_init(struct min_stack *s) { s->top = 0; }

bool mstack_push(struct min_stack *s, int v) {
  if (s->top == SQ_CAP) return false;
  int m = (s->top == 0 || v < s->mins[s->top - 1]) ? v : s->mins[s->top - 1];
  s->items[s->top] = v;
  s->mins[s->top] = m;
  s->top++;
  return true;
}

bool mstack_pop(struct min_stack *s, int *out) {
  if (s->top == 0) return false;
  s->top--;
  if (out) *out = s->items[s->top];
  return true;
}

bool mstack_min(const struct min_stack *s, int *out) {
  if (s->top == 0) return false;
  *out = s->mins[s->top - 1];
  return true;
}

void rq_init(struct ring_queue *q) {
  q->head = 0;
  q->count = 0;
}

bool rq_enqueue(struct ring_queue *q, int v) {
  if (q->count == SQ_CAP) return false;
  q->items[(q->head + q->count) % SQ_CAP] = v;
  q->count++;
  return true;
}

bool rq_dequeue(struct ring_queue *q, int *out) {
  if (q->count == 0) return false;
  if (out) *out = q->items[q->head];
  q->head = (q->head + 1) % SQ_CAP;
  q->count--;
  return true;
}

bool rq_peek(const struct ring_queue *q, int *out) {
  if (q->count == 0) return false;
  *out = q->items[q->head];
  return true;
}

void sq_init(struct stack_queue *q) {
  mstack_init(&q->in);
  mstack_init(&q->out);
}

size_t sq_size(const struct stack_queue *q) { return q->in.top + q->out.top; }

bool sq_enqueue(struct stack_queue *q, int v) {
  if (sq_size(q) == SQ_CAP) return false;
  return mstack_push(&q->in, v);
}

bool sq_dequeue(struct stack_queue *q, int *out) {
  if (q->out.top == 0) {
    int v;
    while (mstack_pop(&q->in, &v)) mstack_push(&q->out, v);
  }
  return mstack_pop(&q->out, out);
}

bool sq_min(const struct stack_queue *q, int *out) {
  int a, b;
  bool ha = mstack_min(&q->in, &a), hb = mstack_min(&q->out, &b);
  if (!ha && !hb) return false;
  if (ha && hb) *out = a < b ? a : b;
  else *out = ha ? a : b;
  return true;
}

bool brackets_balanced(const char *s) {
  struct min_stack st;
  mstack_init(&st);
  for (; *s; s++) {
    int want;
    switch (*s) {
      case '(': case '[': case '{': case '<':
        if (!mstack_push(&st, *s)) return false;
        continue;
      case ')': want = '('; break;
      case ']': want = '['; break;
      case '}': want = '{'; break;
      case '>': want = '<'; break;
      default: continue;
    }
    int got;
    if (!mstack_pop(&st, &got) || got != want) return false;
  }
  return st.top == 0;
}
