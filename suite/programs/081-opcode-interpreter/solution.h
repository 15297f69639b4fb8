#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

/* A small stack machine. Instructions are 32-bit words: the low 8 bits are
 * the opcode, the upper 24 bits an operand interpreted as a signed 24-bit
 * value (PUSH immediates, jump targets, local slot numbers). */
enum opcode {
  OP_HALT = 0,  /* stop; result = top of stack (0 if empty) */
  OP_PUSH,      /* push operand */
  OP_POP,
  OP_DUP,
  OP_SWAP,
  OP_OVER,      /* copy second-from-top */
  OP_ADD,       /* arithmetic wraps modulo 2^64 */
  OP_SUB,
  OP_MUL,
  OP_DIV,       /* truncating; error on zero or INT64_MIN / -1 */
  OP_MOD,
  OP_NEG,
  OP_LT,        /* push (a < b) for ... a b */
  OP_EQ,
  OP_JMP,       /* pc = operand */
  OP_JZ,        /* pop; if zero, pc = operand */
  OP_JNZ,
  OP_LOAD,      /* push locals[operand] */
  OP_STORE,     /* pop into locals[operand] */
  OP_CALL,      /* push return address on the call stack, pc = operand */
  OP_RET,
  OP_COUNT
};

enum vm_status {
  VM_OK,
  VM_STACK_UNDERFLOW,
  VM_STACK_OVERFLOW,
  VM_DIV_ZERO,
  VM_BAD_OPCODE,
  VM_BAD_ADDRESS,   /* jump/call target or pc outside the program, bad local slot */
  VM_STEP_LIMIT
};

#define VM_STACK 256
#define VM_LOCALS 16
#define VM_CALLS 64

uint32_t vm_encode(enum opcode op, int32_t operand); /* operand in [-2^23, 2^23) */
/* Runs code[0..n) from pc 0 with all locals zero, for at most max_steps
 * instructions. *result receives the HALT value on VM_OK. */
enum vm_status vm_run(const uint32_t *code, size_t n, long max_steps, int64_t *result);

#endif
