#pragma once
#include <vector>

class Vec2 {
public:
  double x, y;
  Vec2(double x_ = 0.0, double y_ = 0.0);
  Vec2 operator+(const Vec2& o) const;
  Vec2 operator-(const Vec2& o) const;
  Vec2 operator-() const;
  Vec2 operator*(double s) const;
  Vec2 operator/(double s) const;
  Vec2& operator+=(const Vec2& o);
  Vec2& operator-=(const Vec2& o);
  bool operator==(const Vec2& o) const;
  bool operator<(const Vec2& o) const;  // lexicographic (x, then y)
  double dot(const Vec2& o) const;
  double cross(const Vec2& o) const;
  double length() const;
  Vec2 rotated(double radians) const;
  Vec2 perp() const;  // rotated by +90 degrees
};
Vec2 operator*(double s, const Vec2& v);

double polygonSignedArea(const std::vector<Vec2>& poly);  // CCW positive
Vec2 polygonCentroid(const std::vector<Vec2>& poly);      // area must be non-zero
// Convex hull (Andrew's monotone chain), CCW, starting at the lexicographically
// smallest point, collinear points removed.
std::vector<Vec2> convexHull(std::vector<Vec2> pts);
// Distance from p to segment [a, b].
double pointSegmentDistance(const Vec2& p, const Vec2& a, const Vec2& b);
// True if closed segments [a,b] and [c,d] share at least one point.
bool segmentsIntersect(const Vec2& a, const Vec2& b, const Vec2& c, const Vec2& d);
// Winding-number test; points on the boundary count as inside.
bool pointInPolygon(const Vec2& p, const std::vector<Vec2>& poly);
