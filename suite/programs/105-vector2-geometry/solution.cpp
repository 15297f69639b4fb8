#include "solution.hpp"
#include <algorithm>
#include <cmath>

Vec2::Vec2(double x_, double y_) : x(x_), y(y_) {}
Vec2 Vec2::operator+(const Vec2& o) const { return Vec2(x + o.x, y + o.y); }
Vec2 Vec2::operator-(const Vec2& o) const { return Vec2(x - o.x, y - o.y); }
Vec2 Vec2::operator-() const { return Vec2(-x, -y); }
Vec2 Vec2::operator*(double s) const { return Vec2(x * s, y * s); }
Vec2 Vec2::operator/(double s) const { return Vec2(x / s, y / s); }
Vec2& Vec2::operator+=(const Vec2& o) { x += o.x; y += o.y; return *this; }
Vec2& Vec2::operator-=(const Vec2& o) { x -= o.x; y -= o.y; return *this; }
bool Vec2::operator==(const Vec2& o) const { return x == o.x && y == o.y; }
bool Vec2::operator<(const Vec2& o) const { return x < o.x || (x == o.x && y < o.y); }
double Vec2::dot(const Vec2& o) const { return x * o.x + y * o.y; }
double Vec2::cross(const Vec2& o) const { return x * o.y - y * o.x; }
double Vec2::length() const { return std::sqrt(dot(*this)); }
Vec2 Vec2::rotated(double r) const {
  double c = std::cos(r), s = std::sin(r);
  return Vec2(x * c - y * s, x * s + y * c);
}
Vec2 Vec2::perp() const { return Vec2(-y, x); }
Vec2 operator*(double s, const Vec2& v) { return v * s; }

double polygonSignedArea(const std::vector<Vec2>& poly) {
  double a = 0.0;
  for (std::size_t i = 0; i < poly.size(); ++i) a += poly[i].cross(poly[(i + 1) % poly.size()]);
  return a / 2.0;
}

Vec2 polygonCentroid(const std::vector<Vec2>& poly) {
  Vec2 c;
  double a2 = 0.0;
  for (std::size_t i = 0; i < poly.size(); ++i) {
    const Vec2& p = poly[i];
    const Vec2& q = poly[(i + 1) % poly.size()];
    double w = p.cross(q);
    a2 += w;
    c += (p + q) * w;
  }
  return c / (3.0 * a2);
}

std::vector<Vec2> convexHull(std::vector<Vec2> pts) {
  std::sort(pts.begin(), pts.end());
  pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
  if (pts.size() < 3) return pts;
  std::vector<Vec2> h(2 * pts.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < pts.size(); ++i) {
    while (k >= 2 && (h[k - 1] - h[k - 2]).cross(pts[i] - h[k - 2]) <= 0) --k;
    h[k++] = pts[i];
  }
  for (std::size_t i = pts.size() - 1, lower = k + 1; i-- > 0;) {
    while (k >= lower && (h[k - 1] - h[k - 2]).cross(pts[i] - h[k - 2]) <= 0) --k;
    h[k++] = pts[i];
  }
  h.resize(k - 1);
  return h;
}

double pointSegmentDistance(const Vec2& p, const Vec2& a, const Vec2& b) {
  Vec2 ab = b - a;
  double len2 = ab.dot(ab);
  if (len2 == 0.0) return (p - a).length();
  double t = (p - a).dot(ab) / len2;
  t = std::max(0.0, std::min(1.0, t));
  return (p - (a + ab * t)).length();
}

namespace {
int orient(const Vec2& a, const Vec2& b, const Vec2& c) {
  double v = (b - a).cross(c - a);
  return v > 0 ? 1 : (v < 0 ? -1 : 0);
}
bool onSegment(const Vec2& a, const Vec2& b, const Vec2& p) {
  return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
         p.y <= std::max(a.y, b.y);
}
}  // namespace

bool segmentsIntersect(const Vec2& a, const Vec2& b, const Vec2& c, const Vec2& d) {
  int o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
  if (o1 != o2 && o3 != o4) return true;
  if (o1 == 0 && onSegment(a, b, c)) return true;
  if (o2 == 0 && onSegment(a, b, d)) return true;
  if (o3 == 0 && onSegment(c, d, a)) return true;
  if (o4 == 0 && onSegment(c, d, b)) return true;
  return false;
}

bool pointInPolygon(const Vec2& p, const std::vector<Vec2>& poly) {
  int wn = 0;
  for (std::size_t i = 0; i < poly.size(); ++i) {
    const Vec2& a = poly[i];
    const Vec2& b = poly[(i + 1) % poly.size()];
    if (orient(a, b, p) == 0 && onSegment(a, b, p)) return true;
    if (a.y <= p.y) {
      if (b.y > p.y && orient(a, b, p) > 0) ++wn;
    } else {
      if (b.y <= p.y && orient(a, b, p) < 0) --wn;
    }
  }
  return wn != 0;
}
