#include "solution.hpp"
#include <cmath>
#include <sstream>

namespace {
int g_live = 0;
const double kPi = 3.14159265358979323846;
}  // namespace

Shape::Shape() { ++g_live; }
Shape::Shape(const Shape&) { ++g_live; }
Shape::~Shape() { --g_live; }
int Shape::liveCount() { return g_live; }

std::string Shape::describe() const {
  long long hundredths = static_cast<long long>(area() * 100.0 + 0.5);
  std::string frac = std::to_string(hundredths % 100);
  if (frac.size() < 2) frac = "0" + frac;
  return name() + " area=" + std::to_string(hundredths / 100) + "." + frac;
}

namespace {

class Circle : public Shape {
public:
  explicit Circle(double r) : r_(r) {}
  double area() const override { return kPi * r_ * r_; }
  double perimeter() const override { return 2.0 * kPi * r_; }
  std::string name() const override { return "circle"; }
  void scale(double f) override { r_ *= f; }
  std::unique_ptr<Shape> clone() const override { return std::unique_ptr<Shape>(new Circle(*this)); }

private:
  double r_;
};

class Rect : public Shape {
public:
  Rect(double w, double h) : w_(w), h_(h) {}
  double area() const override { return w_ * h_; }
  double perimeter() const override { return 2.0 * (w_ + h_); }
  std::string name() const override { return "rect"; }
  void scale(double f) override { w_ *= f; h_ *= f; }
  std::unique_ptr<Shape> clone() const override { return std::unique_ptr<Shape>(new Rect(*this)); }

protected:
  double w_, h_;
};

class Square : public Rect {
public:
  explicit Square(double s) : Rect(s, s) {}
  std::string name() const override { return "square"; }
  std::unique_ptr<Shape> clone() const override { return std::unique_ptr<Shape>(new Square(*this)); }
};

class Triangle : public Shape {
public:
  Triangle(double a, double b, double c) : a_(a), b_(b), c_(c) {}
  double area() const override {
    double s = perimeter() / 2.0;
    return std::sqrt(s * (s - a_) * (s - b_) * (s - c_));
  }
  double perimeter() const override { return a_ + b_ + c_; }
  std::string name() const override { return "triangle"; }
  void scale(double f) override { a_ *= f; b_ *= f; c_ *= f; }
  std::unique_ptr<Shape> clone() const override { return std::unique_ptr<Shape>(new Triangle(*this)); }

private:
  double a_, b_, c_;
};

class RegularPolygon : public Shape {
public:
  RegularPolygon(int n, double s) : n_(n), s_(s) {}
  double area() const override { return n_ * s_ * s_ / (4.0 * std::tan(kPi / n_)); }
  double perimeter() const override { return n_ * s_; }
  std::string name() const override { return std::to_string(n_) + "-gon"; }
  void scale(double f) override { s_ *= f; }
  std::unique_ptr<Shape> clone() const override { return std::unique_ptr<Shape>(new RegularPolygon(*this)); }

private:
  int n_;
  double s_;
};

}  // namespace

std::unique_ptr<Shape> makeShape(const std::string& spec) {
  std::istringstream in(spec);
  std::string kind;
  in >> kind;
  std::vector<double> v;
  double d;
  while (in >> d) v.push_back(d);
  if (!in.eof()) return nullptr;
  for (double x : v)
    if (!(x > 0)) return nullptr;
  if (kind == "circle" && v.size() == 1) return std::unique_ptr<Shape>(new Circle(v[0]));
  if (kind == "rect" && v.size() == 2) return std::unique_ptr<Shape>(new Rect(v[0], v[1]));
  if (kind == "square" && v.size() == 1) return std::unique_ptr<Shape>(new Square(v[0]));
  if (kind == "triangle" && v.size() == 3) {
    if (v[0] + v[1] <= v[2] || v[0] + v[2] <= v[1] || v[1] + v[2] <= v[0]) return nullptr;
    return std::unique_ptr<Shape>(new Triangle(v[0], v[1], v[2]));
  }
  if (kind == "ngon" && v.size() == 2 && v[0] >= 3 && v[0] <= 1000 && v[0] == std::floor(v[0]))
    return std::unique_ptr<Shape>(new RegularPolygon(static_cast<int>(v[0]), v[1]));
  return nullptr;
}

double totalArea(const std::vector<std::unique_ptr<Shape>>& shapes) {
  double t = 0.0;
  for (const auto& s : shapes) t += s->area();
  return t;
}

std::string longestPerimeterName(const std::vector<std::unique_ptr<Shape>>& shapes) {
  const Shape* best = nullptr;
  for (const auto& s : shapes)
    if (!best || s->perimeter() > best->perimeter()) best = s.get();
  return best ? best->name() : std::string();
}

std::size_t countKind(const std::vector<std::unique_ptr<Shape>>& shapes, const std::string& kind) {
  std::size_t n = 0;
  for (const auto& s : shapes)
    if (s->name() == kind) ++n;
  return n;
}

std::vector<std::unique_ptr<Shape>> scaledCopies(const std::vector<std::unique_ptr<Shape>>& shapes, double factor) {
  std::vector<std::unique_ptr<Shape>> out;
  for (const auto& s : shapes) {
    out.push_back(s->clone());
    out.back()->scale(factor);
  }
  return out;
}
