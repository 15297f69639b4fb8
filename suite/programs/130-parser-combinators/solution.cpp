#include "solution.hpp"
#include <memory>
#include <utility>

namespace {
PResult fail(std::size_t pos) { return PResult{false, pos, 0, {}, {}}; }
bool lowerOrUnderscore(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

Parser charP(char c) {
  return [c](const std::string& in, std::size_t pos) {
    if (pos < in.size() && in[pos] == c) return PResult{true, pos + 1, 0, {}, std::string(1, c)};
    return fail(pos);
  };
}

Parser spaces() {
  return [](const std::string& in, std::size_t pos) {
    while (pos < in.size() && in[pos] == ' ') ++pos;
    return PResult{true, pos, 0, {}, {}};
  };
}

Parser integerP() {
  return [](const std::string& in, std::size_t pos) {
    std::size_t p = pos;
    bool neg = false;
    if (p < in.size() && in[p] == '-') { neg = true; ++p; }
    std::size_t start = p;
    long long v = 0;
    while (p < in.size() && digit(in[p])) {
      if (p - start >= 18) return fail(pos);
      v = v * 10 + (in[p] - '0');
      ++p;
    }
    if (p == start) return fail(pos);
    return PResult{true, p, neg ? -v : v, {}, in.substr(pos, p - pos)};
  };
}

Parser identP() {
  return [](const std::string& in, std::size_t pos) {
    if (pos >= in.size() || !lowerOrUnderscore(in[pos])) return fail(pos);
    std::size_t p = pos + 1;
    while (p < in.size() && (lowerOrUnderscore(in[p]) || digit(in[p]))) ++p;
    return PResult{true, p, 0, {}, in.substr(pos, p - pos)};
  };
}

Parser seqKeepSecond(Parser a, Parser b) {
  return [a, b](const std::string& in, std::size_t pos) {
    PResult r = a(in, pos);
    if (!r.ok) return fail(pos);
    PResult s = b(in, r.pos);
    if (!s.ok) return fail(pos);
    return s;
  };
}

Parser seqKeepFirst(Parser a, Parser b) {
  return [a, b](const std::string& in, std::size_t pos) {
    PResult r = a(in, pos);
    if (!r.ok) return fail(pos);
    PResult s = b(in, r.pos);
    if (!s.ok) return fail(pos);
    r.pos = s.pos;
    return r;
  };
}

Parser alt(Parser a, Parser b) {
  return [a, b](const std::string& in, std::size_t pos) {
    PResult r = a(in, pos);
    return r.ok ? r : b(in, pos);
  };
}

Parser token(Parser p) { return seqKeepFirst(seqKeepSecond(spaces(), std::move(p)), spaces()); }

Parser sepBy(Parser item, Parser sep) {
  return [item, sep](const std::string& in, std::size_t pos) {
    PResult out{true, pos, 0, {}, {}};
    PResult r = item(in, pos);
    if (!r.ok) return out;
    out.list.push_back(r.num);
    out.pos = r.pos;
    for (;;) {
      PResult s = seqKeepSecond(sep, item)(in, out.pos);
      if (!s.ok) break;
      out.list.push_back(s.num);
      out.pos = s.pos;
    }
    return out;
  };
}

Parser mapNum(Parser p, std::function<long long(const PResult&)> f) {
  return [p, f](const std::string& in, std::size_t pos) {
    PResult r = p(in, pos);
    if (r.ok) r.num = f(r);
    return r;
  };
}

bool parseIntList(const std::string& s, std::vector<long long>& out) {
  Parser list = seqKeepFirst(seqKeepSecond(token(charP('[')), sepBy(token(integerP()), charP(','))), token(charP(']')));
  PResult r = list(s, 0);
  if (!r.ok || r.pos != s.size()) return false;
  out = r.list;
  return true;
}

bool parseAssignments(const std::string& s, std::map<std::string, long long>& out) {
  Parser assign = seqKeepFirst(token(identP()), token(charP('=')));
  Parser number = seqKeepFirst(token(integerP()), token(charP(';')));
  std::map<std::string, long long> result;
  std::size_t pos = 0;
  pos = spaces()(s, pos).pos;
  while (pos < s.size()) {
    PResult name = assign(s, pos);
    if (!name.ok) return false;
    PResult val = number(s, name.pos);
    if (!val.ok) return false;
    result[name.text] = val.num;
    pos = val.pos;
  }
  out = result;
  return true;
}

bool sumNested(const std::string& s, long long& total) {
  // the element parser refers to itself through a shared slot
  auto self = std::make_shared<Parser>();
  std::weak_ptr<Parser> weak = self;
  Parser lazyElem = [weak](const std::string& in, std::size_t pos) {
    std::shared_ptr<Parser> p = weak.lock();
    return p ? (*p)(in, pos) : fail(pos);
  };
  Parser listSum = mapNum(
      seqKeepFirst(seqKeepSecond(token(charP('[')), sepBy(lazyElem, charP(','))), token(charP(']'))),
      [](const PResult& r) {
        long long t = 0;
        for (long long v : r.list) t += v;
        return t;
      });
  *self = alt(token(integerP()), listSum);
  PResult r = (*self)(s, 0);
  if (!r.ok || r.pos != s.size()) return false;
  total = r.num;
  return true;
}
