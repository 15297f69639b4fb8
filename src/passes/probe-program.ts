/**
 * The small program every catalog entry is probed on: loops (nested, with induction variables),
 * a switch, calls to internal and external functions, recursion, globals, structs, floating
 * point, division and memcmp, so that most passes find something to transform.
 */
export const PROBE_PROGRAM_C = `
#include <string.h>
struct pair { int key; double weight; };
static int table[64];
int counter;
const char *names[] = { "alpha", "beta", "gamma" };

static int classify(int x) {
  switch (x & 7) {
  case 0: return 3;
  case 1: return 5;
  case 2: return 8;
  case 5: return 13;
  default: return x / 3;
  }
}

static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

double weigh(struct pair *pairs, int n) {
  double total = 0;
  for (int i = 0; i < n; i++) total += pairs[i].weight * (double)pairs[i].key;
  return total;
}

int fill(int n) {
  int sum = 0;
  for (int i = 0; i < n && i < 64; i++) {
    table[i] = classify(i) + (int)fib((unsigned)i & 7u);
    for (int j = 0; j < 4; j++) sum += table[i] * j;
  }
  counter += sum;
  return sum;
}

int same(const char *a, const char *b) { return memcmp(a, b, 4) == 0; }

unsigned char narrow(unsigned char *bytes, int n) {
  unsigned char acc = 0;
  for (int i = 0; i < n; i++) acc = (unsigned char)(acc + (bytes[i] > 32 ? bytes[i] : 1));
  return acc;
}

long divide(long a, long b) { return b ? a / b + a % b : 0; }
`;
