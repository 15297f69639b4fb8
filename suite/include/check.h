/* passwise PassListEval suite: the one assertion macro every test part uses.
 * A failed CHECK prints "CHECK FAILED <file>:<line>: <expr>" to stderr and exits 1,
 * so passwise can report which assertion failed (abort() would lose that). */
#ifndef PASSWISE_CHECK_H
#define PASSWISE_CHECK_H
#include <stdio.h>
#include <stdlib.h>

#define CHECK(expr)                                                              \
  do {                                                                           \
    if (!(expr)) {                                                               \
      fprintf(stderr, "CHECK FAILED %s:%d: %s\n", __FILE__, __LINE__, #expr);   \
      exit(1);                                                                   \
    }                                                                            \
  } while (0)

/* Floating-point comparison with an absolute + relative tolerance. */
#define CHECK_NEAR(a, b, tol)                                                    \
  do {                                                                           \
    double pw_a_ = (double)(a), pw_b_ = (double)(b), pw_t_ = (double)(tol);      \
    double pw_d_ = pw_a_ > pw_b_ ? pw_a_ - pw_b_ : pw_b_ - pw_a_;                \
    double pw_m_ = (pw_a_ < 0 ? -pw_a_ : pw_a_);                                 \
    if (!(pw_d_ <= pw_t_ + pw_t_ * pw_m_)) {                                     \
      fprintf(stderr, "CHECK FAILED %s:%d: %s ~= %s (%.17g vs %.17g)\n",         \
              __FILE__, __LINE__, #a, #b, pw_a_, pw_b_);                         \
      exit(1);                                                                   \
    }                                                                            \
  } while (0)

#endif
