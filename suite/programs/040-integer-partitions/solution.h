#ifndef SOLUTION_H
#define SOLUTION_H
#include <stddef.h>
#include <stdint.h>

#define PARTITION_MAX_N 416 /* largest n with p(n) < 2^64 */

/* Number of partitions of n into parts of size at most k, by memoised recursion
 * p(n, k) = p(n, k - 1) + p(n - k, k). Returns 0 if n > PARTITION_MAX_N or on OOM. */
uint64_t partitions_max_part(unsigned n, unsigned k);
/* p(n) = partitions_max_part(n, n). */
uint64_t partition_count(unsigned n);
/* Partitions of n into exactly k parts. */
uint64_t partitions_exact_parts(unsigned n, unsigned k);
/* Partitions of n into distinct parts (n <= 500), memoised recursion on the largest allowed part. */
uint64_t partitions_distinct(unsigned n);
/* Writes every partition of n (n <= 30) as non-increasing parts, each terminated by a 0, in
 * reverse lexicographic order ([n], [n-1, 1], ...). Returns the number of partitions; writes at
 * most cap bytes (partially written partitions are never left behind). */
size_t list_partitions(unsigned n, unsigned char *out, size_t cap);

#endif
