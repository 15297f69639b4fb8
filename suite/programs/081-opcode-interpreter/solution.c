#include "solution.h"

uint32_t vm_encode(enum opcode op, int32_t operand) {
  return ((uint32_t)operand << 8) | ((uint32_t)op & 0xFFu);
}

static int32_t operand_of(uint32_t insn) {
  uint32_t raw = insn >> 8; /* 24 bits */
  return raw & 0x800000u ? (int32_t)raw - 0x1000000 : (int32_t)raw;
}

static int64_t wrap(uint64_t v) {
  /* two's complement reinterpretation without implementation-defined conversion */
  return v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(~v) - 1;
}

enum vm_status vm_run(const uint32_t *code, size_t n, long max_steps, int64_t *result) {
  int64_t stack[VM_STACK], locals[VM_LOCALS] = {0};
  size_t calls[VM_CALLS];
  size_t sp = 0, csp = 0, pc = 0;
  for (long step = 0; step < max_steps; step++) {
    if (pc >= n) return VM_BAD_ADDRESS;
    uint32_t insn = code[pc++];
    int32_t arg = operand_of(insn);
    int64_t a, b;
    switch ((enum opcode)(insn & 0xFFu)) {
      case OP_HALT:
        *result = sp ? stack[sp - 1] : 0;
        return VM_OK;
      case OP_PUSH:
        if (sp == VM_STACK) return VM_STACK_OVERFLOW;
        stack[sp++] = arg;
        break;
      case OP_POP:
        if (sp < 1) return VM_STACK_UNDERFLOW;
        sp--;
        break;
      case OP_DUP:
        if (sp < 1) return VM_STACK_UNDERFLOW;
        if (sp == VM_STACK) return VM_STACK_OVERFLOW;
        stack[sp] = stack[sp - 1];
        sp++;
        break;
      case OP_OVER:
        if (sp < 2) return VM_STACK_UNDERFLOW;
        if (sp == VM_STACK) return VM_STACK_OVERFLOW;
        stack[sp] = stack[sp - 2];
        sp++;
        break;
      case OP_SWAP:
        if (sp < 2) return VM_STACK_UNDERFLOW;
        a = stack[sp - 1];
        stack[sp - 1] = stack[sp - 2];
        stack[sp - 2] = a;
        break;
      case OP_NEG:
        if (sp < 1) return VM_STACK_UNDERFLOW;
        stack[sp - 1] = wrap(0u - (uint64_t)stack[sp - 1]);
        break;
      case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_MOD: case OP_LT: case OP_EQ:
        if (sp < 2) return VM_STACK_UNDERFLOW;
        b = stack[--sp];
        a = stack[sp - 1];
        switch ((enum opcode)(insn & 0xFFu)) {
          case OP_ADD: stack[sp - 1] = wrap((uint64_t)a + (uint64_t)b); break;
          case OP_SUB: stack[sp - 1] = wrap((uint64_t)a - (uint64_t)b); break;
          case OP_MUL: stack[sp - 1] = wrap((uint64_t)a * (uint64_t)b); break;
          case OP_DIV:
          case OP_MOD:
            if (b == 0 || (a == INT64_MIN && b == -1)) return VM_DIV_ZERO;
            stack[sp - 1] = (insn & 0xFFu) == OP_DIV ? a / b : a % b;
            break;
          case OP_LT: stack[sp - 1] = a < b; break;
          default: stack[sp - 1] = a == b; break;
        }
        break;
      case OP_JMP:
        if (arg < 0 || (size_t)arg >= n) return VM_BAD_ADDRESS;
        pc = (size_t)arg;
        break;
      case OP_JZ:
      case OP_JNZ:
        if (sp < 1) return VM_STACK_UNDERFLOW;
        if (arg < 0 || (size_t)arg >= n) return VM_BAD_ADDRESS;
        a = stack[--sp];
        if ((a == 0) == ((insn & 0xFFu) == OP_JZ)) pc = (size_t)arg;
        break;
      case OP_LOAD:
        if (arg < 0 || arg >= VM_LOCALS) return VM_BAD_ADDRESS;
        if (sp == VM_STACK) return VM_STACK_OVERFLOW;
        stack[sp++] = locals[arg];
        break;
      case OP_STORE:
        if (arg < 0 || arg >= VM_LOCALS) return VM_BAD_ADDRESS;
        if (sp < 1) return VM_STACK_UNDERFLOW;
        locals[arg] = stack[--sp];
        break;
      case OP_CALL:
        if (arg < 0 || (size_t)arg >= n) return VM_BAD_ADDRESS;
        if (csp == VM_CALLS) return VM_STACK_OVERFLOW;
        calls[csp++] = pc;
        pc = (size_t)arg;
        break;
      case OP_RET:
        if (csp == 0) return VM_STACK_UNDERFLOW;
        pc = calls[--csp];
        break;
      default:
        return VM_BAD_OPCODE;
    }
  }
  return VM_STEP_LIMIT;
}
