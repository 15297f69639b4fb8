#include <stdlib.h>
#include <string.h>
#include "solution.h"

uint64_t hm_hash(const char *key) {
  uint64_t h = 14695981039346656037ull;
  for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
    h ^= *p;
    h *= 1099511628211ull;
  }
  return h;
}

bool hm_init(struct hashmap *m, size_t initial_buckets) {
  size_t n = 8;
  while (n < initial_buckets && n < ((size_t)1 << 40)) n *= 2;
  m->buckets = calloc(n, sizeof *m->buckets);
  if (m->buckets == NULL) return false;
  m->nbuckets = n;
  m->size = 0;
  return true;
}

static struct hm_entry **find_link(const struct hashmap *m, const char *key) {
  struct hm_entry **link = &m->buckets[hm_hash(key) & (m->nbuckets - 1)];
  while (*link && strcmp((*link)->key, key) != 0) link = &(*link)->next;
  return link;
}

static bool grow(struct hashmap *m) {
  size_t n = m->nbuckets * 2;
  struct hm_entry **nb = calloc(n, sizeof *nb);
  if (nb == NULL) return false;
  for (size_t i = 0; i < m->nbuckets; i++) {
    struct hm_entry *e = m->buckets[i];
    while (e) {
      struct hm_entry *next = e->next;
      size_t b = hm_hash(e->key) & (n - 1);
      e->next = nb[b];
      nb[b] = e;
      e = next;
    }
  }
  free(m->buckets);
  m->buckets = nb;
  m->nbuckets = n;
  return true;
}

bool hm_put(struct hashmap *m, const char *key, long value) {
  struct hm_entry **link = find_link(m, key);
  if (*link) {
    (*link)->value = value;
    return true;
  }
  size_t len = strlen(key);
  struct hm_entry *e = malloc(sizeof *e);
  char *k = malloc(len + 1);
  if (e == NULL || k == NULL) {
    free(e);
    free(k);
    return false;
  }
  memcpy(k, key, len + 1);
  e->key = k;
  e->value = value;
  e->next = NULL;
  *link = e;
  m->size++;
  if (m->size * 4 > m->nbuckets * 3) grow(m); /* failure to grow is harmless */
  return true;
}

long *hm_get(const struct hashmap *m, const char *key) {
  struct hm_entry *e = *find_link(m, key);
  return e ? &e->value : NULL;
}

bool hm_increment(struct hashmap *m, const char *key, long delta) {
  long *v = hm_get(m, key);
  if (v) {
    *v += delta;
    return true;
  }
  return hm_put(m, key, delta);
}

bool hm_remove(struct hashmap *m, const char *key) {
  struct hm_entry **link = find_link(m, key);
  struct hm_entry *e = *link;
  if (e == NULL) return false;
  *link = e->next;
  free(e->key);
  free(e);
  m->size--;
  return true;
}

void hm_foreach(const struct hashmap *m, void (*fn)(const char *key, long value, void *ctx), void *ctx) {
  for (size_t i = 0; i < m->nbuckets; i++)
    for (const struct hm_entry *e = m->buckets[i]; e; e = e->next) fn(e->key, e->value, ctx);
}

size_t hm_max_chain(const struct hashmap *m) {
  size_t best = 0;
  for (size_t i = 0; i < m->nbuckets; i++) {
    size_t len = 0;
    for (const struct hm_entry *e = m->buckets[i]; e; e = e->next) len++;
    if (len > best) best = len;
  }
  return best;
}

void hm_free(struct hashmap *m) {
  for (size_t i = 0; i < m->nbuckets; i++) {
    struct hm_entry *e = m->buckets[i];
    while (e) {
      struct hm_entry *next = e->next;
      free(e->key);
      free(e);
      e = next;
    }
  }
  free(m->buckets);
  m->buckets = NULL;
  m->nbuckets = 0;
  m->size = 0;
}
