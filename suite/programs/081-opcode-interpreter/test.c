#include <stdint.h>
#include "check.h"
#include "solution.h"

#define I(op, arg) vm_encode(op, arg)
#define N(prog) (sizeof(prog) / sizeof(prog[0]))

static uint32_t rng_state = 31415926u;
static uint32_t rnd(void) {
  uint32_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

int main(void) {
  int64_t r = 0;
  CHECK(vm_encode(OP_PUSH, -1) == 0xFFFFFF01u);
  CHECK(vm_encode(OP_JMP, 5) == 0x50Eu);

  const uint32_t arith[] = {I(OP_PUSH, 6), I(OP_PUSH, 7), I(OP_MUL, 0), I(OP_PUSH, 2), I(OP_SUB, 0), I(OP_HALT, 0)};
  CHECK(vm_run(arith, N(arith), 100, &r) == VM_OK && r == 40);
  const uint32_t neg[] = {I(OP_PUSH, -8388608), I(OP_PUSH, 8388607), I(OP_ADD, 0), I(OP_NEG, 0), I(OP_HALT, 0)};
  CHECK(vm_run(neg, N(neg), 100, &r) == VM_OK && r == 1);
  const uint32_t divs[] = {I(OP_PUSH, -7), I(OP_PUSH, 2), I(OP_OVER, 0), I(OP_OVER, 0), I(OP_DIV, 0),
                           I(OP_STORE, 0), I(OP_MOD, 0), I(OP_LOAD, 0), I(OP_PUSH, 10), I(OP_MUL, 0),
                           I(OP_ADD, 0), I(OP_HALT, 0)};
  CHECK(vm_run(divs, N(divs), 100, &r) == VM_OK && r == -31); /* -1 + (-3 * 10) */
  const uint32_t empty_halt[] = {I(OP_HALT, 0)};
  CHECK(vm_run(empty_halt, 1, 10, &r) == VM_OK && r == 0);

  /* sum 1..100 with a loop: locals[0] = i, locals[1] = acc */
  const uint32_t sum[] = {
      I(OP_PUSH, 100), I(OP_STORE, 0),               /* 0,1: i = 100 */
      I(OP_LOAD, 0), I(OP_JZ, 13),                   /* 2,3: while (i) */
      I(OP_LOAD, 1), I(OP_LOAD, 0), I(OP_ADD, 0), I(OP_STORE, 1), /* 4-7: acc += i */
      I(OP_LOAD, 0), I(OP_PUSH, 1), I(OP_SUB, 0), I(OP_STORE, 0), /* 8-11: i-- */
      I(OP_JMP, 2),                                  /* 12 */
      I(OP_LOAD, 1), I(OP_HALT, 0)};                 /* 13,14 */
  CHECK(vm_run(sum, N(sum), 10000, &r) == VM_OK && r == 5050);
  CHECK(vm_run(sum, N(sum), 50, &r) == VM_STEP_LIMIT);

  /* factorial(n) via a subroutine at 6: multiplies locals, iterative */
  const uint32_t fact[] = {
      I(OP_PUSH, 20), I(OP_STORE, 0), I(OP_CALL, 6), I(OP_LOAD, 1), I(OP_HALT, 0), I(OP_HALT, 0),
      /* 6: */ I(OP_PUSH, 1), I(OP_STORE, 1),
      /* 8: */ I(OP_LOAD, 0), I(OP_JZ, 20),
      I(OP_LOAD, 1), I(OP_LOAD, 0), I(OP_MUL, 0), I(OP_STORE, 1),
      I(OP_LOAD, 0), I(OP_PUSH, 1), I(OP_SUB, 0), I(OP_STORE, 0), I(OP_JMP, 8), I(OP_HALT, 0),
      /* 20: */ I(OP_RET, 0)};
  CHECK(vm_run(fact, N(fact), 10000, &r) == VM_OK && r == 2432902008176640000LL);

  /* fibonacci with DUP/SWAP/OVER on the stack: a b -> b a+b, 90 times */
  const uint32_t fib[] = {
      I(OP_PUSH, 90), I(OP_STORE, 0), I(OP_PUSH, 0), I(OP_PUSH, 1),
      /* 4: */ I(OP_LOAD, 0), I(OP_JZ, 14),
      I(OP_SWAP, 0), I(OP_OVER, 0), I(OP_ADD, 0),
      I(OP_LOAD, 0), I(OP_PUSH, 1), I(OP_SUB, 0), I(OP_STORE, 0), I(OP_JMP, 4),
      /* 14: */ I(OP_POP, 0), I(OP_HALT, 0)};
  CHECK(vm_run(fib, N(fib), 100000, &r) == VM_OK && r == 2880067194370816120LL);

  /* 2^62 built by doubling, then 2^62 + (2^62 - 1) == INT64_MAX, and + 1 wraps to INT64_MIN */
  const uint32_t wrapmul[] = {I(OP_PUSH, 1), I(OP_PUSH, 62), I(OP_STORE, 0),
                              /* 3: */ I(OP_LOAD, 0), I(OP_JZ, 12), I(OP_PUSH, 2), I(OP_MUL, 0),
                              I(OP_LOAD, 0), I(OP_PUSH, 1), I(OP_SUB, 0), I(OP_STORE, 0), I(OP_JMP, 3),
                              /* 12: */ I(OP_DUP, 0), I(OP_PUSH, 1), I(OP_SUB, 0), I(OP_ADD, 0),
                              I(OP_PUSH, 1), I(OP_ADD, 0), I(OP_HALT, 0)};
  CHECK(vm_run(wrapmul, N(wrapmul), 1000, &r) == VM_OK && r == INT64_MIN);

  /* errors */
  const uint32_t under[] = {I(OP_ADD, 0)};
  CHECK(vm_run(under, 1, 10, &r) == VM_STACK_UNDERFLOW);
  const uint32_t over[] = {I(OP_PUSH, 1), I(OP_JMP, 0)};
  CHECK(vm_run(over, 2, 100000, &r) == VM_STACK_OVERFLOW);
  const uint32_t dz[] = {I(OP_PUSH, 1), I(OP_PUSH, 0), I(OP_DIV, 0), I(OP_HALT, 0)};
  CHECK(vm_run(dz, 4, 10, &r) == VM_DIV_ZERO);
  const uint32_t bad[] = {0x000000FFu};
  CHECK(vm_run(bad, 1, 10, &r) == VM_BAD_OPCODE);
  const uint32_t badop2[] = {I(OP_COUNT, 0)};
  CHECK(vm_run(badop2, 1, 10, &r) == VM_BAD_OPCODE);
  const uint32_t off_end[] = {I(OP_PUSH, 1)};
  CHECK(vm_run(off_end, 1, 10, &r) == VM_BAD_ADDRESS);
  const uint32_t badjmp[] = {I(OP_JMP, 7)};
  CHECK(vm_run(badjmp, 1, 10, &r) == VM_BAD_ADDRESS);
  const uint32_t negjmp[] = {I(OP_JMP, -1)};
  CHECK(vm_run(negjmp, 1, 10, &r) == VM_BAD_ADDRESS);
  const uint32_t badlocal[] = {I(OP_LOAD, VM_LOCALS)};
  CHECK(vm_run(badlocal, 1, 10, &r) == VM_BAD_ADDRESS);
  const uint32_t ret_empty[] = {I(OP_RET, 0)};
  CHECK(vm_run(ret_empty, 1, 10, &r) == VM_STACK_UNDERFLOW);
  const uint32_t deep[] = {I(OP_CALL, 0)};
  CHECK(vm_run(deep, 1, 1000, &r) == VM_STACK_OVERFLOW);
  CHECK(vm_run(sum, 0, 10, &r) == VM_BAD_ADDRESS);
  CHECK(vm_run(sum, N(sum), 0, &r) == VM_STEP_LIMIT);

  /* random straight-line arithmetic programs against a reference evaluator */
  for (int iter = 0; iter < 3000; iter++) {
    uint32_t prog[64];
    int64_t ref[64];
    size_t n = 0, depth = 0;
    int expect_err = 0;
    int len = (int)(rnd() % 40) + 1;
    for (int k = 0; k < len; k++) {
      unsigned choice = depth < 2 ? 0 : rnd() % 8;
      if (choice == 0 || choice == 1) {
        int32_t v = (int32_t)(rnd() % 2001) - 1000;
        prog[n++] = I(OP_PUSH, v);
        ref[depth++] = v;
      } else {
        int64_t b = ref[--depth], a = ref[depth - 1];
        uint64_t ua = (uint64_t)a, ub = (uint64_t)b, res;
        enum opcode op;
        switch (choice) {
          case 2: op = OP_ADD; res = ua + ub; break;
          case 3: op = OP_SUB; res = ua - ub; break;
          case 4: op = OP_MUL; res = ua * ub; break;
          case 5: op = OP_LT; res = a < b; break;
          case 6: op = OP_EQ; res = a == b; break;
          default:
            op = OP_MOD;
            if (b == 0 || (a == INT64_MIN && b == -1)) { expect_err = 1; res = 0; }
            else res = (uint64_t)(a % b);
            break;
        }
        prog[n++] = I(op, 0);
        ref[depth - 1] = (int64_t)(res <= (uint64_t)INT64_MAX ? (int64_t)res : -(int64_t)(~res) - 1);
        if (expect_err) break;
      }
    }
    prog[n++] = I(OP_HALT, 0);
    enum vm_status st = vm_run(prog, n, 1000, &r);
    if (expect_err) {
      CHECK(st == VM_DIV_ZERO);
    } else {
      CHECK(st == VM_OK);
      CHECK(r == ref[depth - 1]);
    }
  }
  return 0;
}
