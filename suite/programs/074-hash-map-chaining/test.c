#include <stdio.h>
#include <string.h>
#include "check.h"
#include "solution.h"

static unsigned rng_state = 4444u;
static unsigned rnd(void) {
  unsigned x = rng_state;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rng_state = x;
}

struct sum_ctx { long total; size_t count; };
static void summer(const char *key, long value, void *ctx) {
  struct sum_ctx *c = ctx;
  (void)key;
  c->total += value;
  c->count++;
}

#define NKEYS 3000
static long model[NKEYS];
static bool present[NKEYS];

int main(void) {
  /* FNV-1a 64 known vectors */
  CHECK(hm_hash("") == 0xcbf29ce484222325ull);
  CHECK(hm_hash("a") == 0xaf63dc4c8601ec8cull);
  CHECK(hm_hash("foobar") == 0x85944171f73967e8ull);

  struct hashmap m;
  CHECK(hm_init(&m, 0));
  CHECK(m.nbuckets == 8 && m.size == 0);
  CHECK(hm_get(&m, "missing") == NULL);
  CHECK(!hm_remove(&m, "missing"));
  CHECK(hm_put(&m, "one", 1) && hm_put(&m, "two", 2) && hm_put(&m, "", 0));
  CHECK(m.size == 3);
  CHECK(*hm_get(&m, "one") == 1 && *hm_get(&m, "two") == 2 && *hm_get(&m, "") == 0);
  CHECK(hm_put(&m, "one", -1) && m.size == 3 && *hm_get(&m, "one") == -1);
  char key[32] = "two";
  CHECK(hm_put(&m, key, 22));
  key[0] = 'x'; /* map must have its own copy */
  CHECK(*hm_get(&m, "two") == 22 && hm_get(&m, "xwo") == NULL);
  CHECK(hm_increment(&m, "three", 3) && hm_increment(&m, "three", 4) && *hm_get(&m, "three") == 7);
  CHECK(hm_remove(&m, "one") && !hm_remove(&m, "one") && m.size == 3);
  CHECK(hm_get(&m, "one") == NULL);
  hm_free(&m);
  CHECK(m.buckets == NULL && m.size == 0);

  CHECK(hm_init(&m, 100));
  CHECK(m.nbuckets == 128);
  hm_free(&m);

  /* word counting */
  CHECK(hm_init(&m, 4));
  const char *text[] = {"the", "cat", "and", "the", "hat", "and", "the", "bat"};
  for (int i = 0; i < 8; i++) CHECK(hm_increment(&m, text[i], 1));
  CHECK(*hm_get(&m, "the") == 3 && *hm_get(&m, "and") == 2 && *hm_get(&m, "bat") == 1);
  struct sum_ctx c = {0, 0};
  hm_foreach(&m, summer, &c);
  CHECK(c.total == 8 && c.count == 5);
  hm_free(&m);

  /* random operations against an array model, keys "k<idx>" */
  CHECK(hm_init(&m, 8));
  size_t count = 0;
  for (int step = 0; step < 30000; step++) {
    unsigned idx = rnd() % NKEYS;
    snprintf(key, sizeof key, "k%u", idx);
    unsigned op = rnd() % 4;
    if (op < 2) {
      long v = (long)(rnd() % 100000) - 50000;
      CHECK(hm_put(&m, key, v));
      if (!present[idx]) count++;
      present[idx] = true;
      model[idx] = v;
    } else if (op == 2) {
      CHECK(hm_remove(&m, key) == present[idx]);
      if (present[idx]) count--;
      present[idx] = false;
    } else {
      long *v = hm_get(&m, key);
      CHECK((v != NULL) == present[idx]);
      if (v) CHECK(*v == model[idx]);
    }
    CHECK(m.size == count);
    CHECK(m.size * 4 <= m.nbuckets * 3);
  }
  long total = 0;
  for (unsigned i = 0; i < NKEYS; i++) {
    snprintf(key, sizeof key, "k%u", i);
    long *v = hm_get(&m, key);
    CHECK((v != NULL) == present[i]);
    if (v) { CHECK(*v == model[i]); total += model[i]; }
  }
  c.total = 0;
  c.count = 0;
  hm_foreach(&m, summer, &c);
  CHECK(c.total == total && c.count == count);
  CHECK(hm_max_chain(&m) < 16);
  hm_free(&m);
  return 0;
}
