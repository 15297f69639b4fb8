#ifndef SOLUTION_H
#define SOLUTION_H
#include <stdbool.h>
#include <stddef.h>

struct point {
  double x, y;
};

struct ipoint {
  int x, y;
};

double point_distance(struct point a, struct point b);
/* Signed area of a simple polygon (counter-clockwise positive), shoelace. */
double polygon_area(const struct point *p, size_t n);
struct point polygon_centroid(const struct point *p, size_t n); /* area != 0 */
/* Twice the signed area of triangle (a, b, c) in exact integer arithmetic:
 * > 0 for a left turn. Coordinates must satisfy |v| <= 2^30. */
long long cross3(struct ipoint a, struct ipoint b, struct ipoint c);
/* Convex hull (Andrew's monotone chain), counter-clockwise, starting from the
 * lowest-then-leftmost... precisely: starting at the smallest (x, y) point,
 * collinear points excluded. pts is sorted in place; hull must hold n + 1
 * points. Returns the hull size (n for n <= 1; 2 when all points collinear
 * but not all equal; 1 when all equal). */
size_t convex_hull(struct ipoint *pts, size_t n, struct ipoint *hull);
/* Point in polygon (ray casting); points exactly on the boundary are
 * unspecified. */
bool point_in_polygon(struct point q, const struct point *p, size_t n);
/* Whether closed segments ab and cd intersect (exact). */
bool segments_intersect(struct ipoint a, struct ipoint b, struct ipoint c, struct ipoint d);

#endif
