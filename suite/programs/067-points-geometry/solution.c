#include <math.h>
#include <stdlib.h>
#include "solution.h"

double point_distance(struct point a, struct point b) { return hypot(a.x - b.x, a.y - b.y); }

double polygon_area(const struct point *p, size_t n) {
  double s = 0.0;
  for (size_t i = 0; i < n; i++) {
    const struct point *a = &p[i], *b = &p[(i + 1) % n];
    s += a->x * b->y - b->x * a->y;
  }
  return s / 2.0;
}

struct point polygon_centroid(const struct point *p, size_t n) {
  double cx = 0.0, cy = 0.0, a2 = 0.0;
  for (size_t i = 0; i < n; i++) {
    const struct point *a = &p[i], *b = &p[(i + 1) % n];
    double c = a->x * b->y - b->x * a->y;
    a2 += c;
    cx += (a->x + b->x) * c;
    cy += (a->y + b->y) * c;
  }
  struct point r = {cx / (3.0 * a2), cy / (3.0 * a2)};
  return r;
}

long long cross3(struct ipoint a, struct ipoint b, struct ipoint c) {
  return ((long long)b.x - a.x) * ((long long)c.y - a.y) - ((long long)b.y - a.y) * ((long long)c.x - a.x);
}

static int cmp_ipoint(const void *x, const void *y) {
  const struct ipoint *p = x, *q = y;
  if (p->x != q->x) return p->x < q->x ? -1 : 1;
  return (p->y > q->y) - (p->y < q->y);
}

size_t convex_hull(struct ipoint *pts, size_t n, struct ipoint *hull) {
  if (n == 0) return 0;
  qsort(pts, n, sizeof *pts, cmp_ipoint);
  /* drop duplicates */
  size_t m = 1;
  for (size_t i = 1; i < n; i++)
    if (pts[i].x != pts[m - 1].x || pts[i].y != pts[m - 1].y) pts[m++] = pts[i];
  if (m == 1) {
    hull[0] = pts[0];
    return 1;
  }
  size_t k = 0;
  for (size_t i = 0; i < m; i++) { /* lower hull */
    while (k >= 2 && cross3(hull[k - 2], hull[k - 1], pts[i]) <= 0) k--;
    hull[k++] = pts[i];
  }
  size_t lower = k + 1;
  for (size_t i = m - 1; i-- > 0;) { /* upper hull */
    while (k >= lower && cross3(hull[k - 2], hull[k - 1], pts[i]) <= 0) k--;
    hull[k++] = pts[i];
  }
  return k - 1; /* last point equals the first */
}

bool point_in_polygon(struct point q, const struct point *p, size_t n) {
  bool inside = false;
  for (size_t i = 0, j = n - 1; i < n; j = i++) {
    if ((p[i].y > q.y) != (p[j].y > q.y)) {
      double xcross = (p[j].x - p[i].x) * (q.y - p[i].y) / (p[j].y - p[i].y) + p[i].x;
      if (q.x < xcross) inside = !inside;
    }
  }
  return inside;
}

static int sign(long long v) { return (v > 0) - (v < 0); }

static bool on_segment(struct ipoint a, struct ipoint b, struct ipoint p) {
  return (p.x >= (a.x < b.x ? a.x : b.x)) && (p.x <= (a.x > b.x ? a.x : b.x)) &&
         (p.y >= (a.y < b.y ? a.y : b.y)) && (p.y <= (a.y > b.y ? a.y : b.y));
}

bool segments_intersect(struct ipoint a, struct ipoint b, struct ipoint c, struct ipoint d) {
  int d1 = sign(cross3(c, d, a)), d2 = sign(cross3(c, d, b));
  int d3 = sign(cross3(a, b, c)), d4 = sign(cross3(a, b, d));
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  if (d1 == 0 && on_segment(c, d, a)) return true;
  if (d2 == 0 && on_segment(c, d, b)) return true;
  if (d3 == 0 && on_segment(a, b, c)) return true;
  if (d4 == 0 && on_segment(a, b, d)) return true;
  return false;
}
