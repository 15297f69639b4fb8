#include <limits.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 246810u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

/* Reference bracket check: repeatedly delete adjacent matching pairs. */
static int ref_balanced(const char *s) {
  char buf[256];
  size_t n = 0;
  for (; *s; s++)
    if (strchr("()[]{}<>", *s)) buf[n++] = *s;
  int changed = 1;
  while (changed) {
    changed = 0;
    for (size_t i = 0; i + 1 < n; i++) {
      char a = buf[i], b = buf[i + 1];
      if ((a == '(' && b == ')') || (a == '[' && b == ']') || (a == '{' && b == '}') ||
          (a == '<' && b == '>')) {
        memmove(buf + i, buf + i + 2, n - i - 2);
        n -= 2;
        changed = 1;
        break;
      }
    }
  }
  return n == 0;
}

int main(void) {
  struct min_stack s;
  int v = 0;
  mstack_init(&s);
  CHECK(!mstack_pop(&s, &v) && !mstack_min(&s, &v));
  CHECK(mstack_push(&s, 5) && mstack_push(&s, 3) && mstack_push(&s, 7) && mstack_push(&s, 3));
  CHECK(mstack_min(&s, &v) && v == 3);
  CHECK(mstack_pop(&s, &v) && v == 3);
  CHECK(mstack_min(&s, &v) && v == 3);
  CHECK(mstack_pop(&s, &v) && v == 7);
  CHECK(mstack_pop(&s, NULL));
  CHECK(mstack_min(&s, &v) && v == 5);
  for (int i = 1; i < SQ_CAP; i++) CHECK(mstack_push(&s, INT_MIN + i));
  CHECK(!mstack_push(&s, 0));
  CHECK(mstack_min(&s, &v) && v == INT_MIN + 1);

  struct ring_queue q;
  rq_init(&q);
  CHECK(!rq_dequeue(&q, &v) && !rq_peek(&q, &v));
  for (int round = 0; round < 5; round++) {
    for (int i = 0; i < SQ_CAP; i++) CHECK(rq_enqueue(&q, round * 100 + i));
    CHECK(!rq_enqueue(&q, -1));
    for (int i = 0; i < SQ_CAP / 2 + round; i++) CHECK(rq_dequeue(&q, &v) && v == round * 100 + i);
    while (rq_dequeue(&q, NULL)) {}
    CHECK(q.count == 0);
  }

  /* random mix: ring queue and stack queue against an array model */
  struct stack_queue sq;
  sq_init(&sq);
  rq_init(&q);
  int model[4096];
  size_t mh = 0, mt = 0;
  for (int step = 0; step < 4000; step++) {
    if (mt - mh < SQ_CAP && (mt == mh || rnd() % 5 < 3)) {
      int x = (int)(rnd() % 1000) - 500;
      CHECK(rq_enqueue(&q, x));
      CHECK(sq_enqueue(&sq, x));
      model[mt++] = x;
    } else if (mt > mh) {
      int a, b;
      CHECK(rq_dequeue(&q, &a));
      CHECK(sq_dequeue(&sq, &b));
      CHECK(a == model[mh] && b == model[mh]);
      mh++;
    }
    if (mt - mh == SQ_CAP) {
      CHECK(!rq_enqueue(&q, 1));
      CHECK(!sq_enqueue(&sq, 1));
    }
    CHECK(sq_size(&sq) == mt - mh && q.count == mt - mh);
    int m;
    if (mt > mh) {
      int mn = model[mh];
      for (size_t i = mh; i < mt; i++) if (model[i] < mn) mn = model[i];
      CHECK(sq_min(&sq, &m) && m == mn);
      CHECK(rq_peek(&q, &m) && m == model[mh]);
    } else {
      CHECK(!sq_min(&sq, &m));
      CHECK(!sq_dequeue(&sq, &m));
    }
    if (mt == 4096) break;
  }

  CHECK(brackets_balanced(""));
  CHECK(brackets_balanced("no brackets"));
  CHECK(brackets_balanced("f(a[i], {b<c>})"));
  CHECK(!brackets_balanced("(]"));
  CHECK(!brackets_balanced("(("));
  CHECK(!brackets_balanced("))"));
  CHECK(!brackets_balanced("([)]"));
  char deep[2 * SQ_CAP + 3];
  for (int i = 0; i < SQ_CAP; i++) { deep[i] = '['; deep[2 * SQ_CAP - 1 - i] = ']'; }
  deep[2 * SQ_CAP] = '\0';
  CHECK(brackets_balanced(deep));
  memmove(deep + 1, deep, 2 * SQ_CAP + 1);
  deep[0] = '(';
  deep[2 * SQ_CAP + 1] = ')';
  deep[2 * SQ_CAP + 2] = '\0';
  CHECK(!brackets_balanced(deep)); /* depth SQ_CAP + 1 */
  for (int iter = 0; iter < 3000; iter++) {
    char t[64];
    size_t n = rnd() % 40;
    for (size_t i = 0; i < n; i++) t[i] = "()[]{}<>x"[rnd() % (iter % 2 ? 9 : 4)];
    t[n] = '\0';
    CHECK(brackets_balanced(t) == (ref_balanced(t) != 0));
  }
  return 0;
}
