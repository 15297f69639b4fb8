#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* String -> long map with separate chaining; keys are copied. The bucket
 * array doubles when size exceeds 3/4 of the bucket count. */
struct hm_entry {
  char *key;
  long value;
  struct hm_entry *next;
};

struct hashmap {
  struct hm_entry **buckets;
  size_t nbuckets;
  size_t size;
};

uint64_t hm_hash(const char *key); /* FNV-1a 64-bit */
bool hm_init(struct hashmap *m, size_t initial_buckets); /* rounded up to a power of two, min 8 */
/* Inserts or overwrites; false only on allocation failure. */
bool hm_put(struct hashmap *m, const char *key, long value);
/* Pointer to the stored value, or NULL. */
long *hm_get(const struct hashmap *m, const char *key);
/* Adds delta to the value for key (inserting 0 first if absent). */
bool hm_increment(struct hashmap *m, const char *key, long delta);
bool hm_remove(struct hashmap *m, const char *key);
/* Calls fn for every entry (order unspecified). */
void hm_foreach(const struct hashmap *m, void (*fn)(const char *key, long value, void *ctx), void *ctx);
/* Length of the longest chain (diagnostics). */
size_t hm_max_chain(const struct hashmap *m);
void hm_free(struct hashmap *m);

#endif
