#include "check.h"
#include "solution.hpp"
#include <utility>
#include <vector>

int main() {
  CHECK(ByteBuffer::liveBlocks() == 0);
  {
    ByteBuffer a;
    CHECK(a.size() == 0 && a.capacity() == 0);
    CHECK(ByteBuffer::liveBlocks() == 0);
    ByteBuffer b(5, 7);
    CHECK(ByteBuffer::liveBlocks() == 1);
    CHECK(b.size() == 5 && b.get(4) == 7);
    CHECK(b.get(5) == 0);
    CHECK(!b.set(5, 1));
    CHECK(b.set(0, 9) && b.get(0) == 9);

    ByteBuffer c(b);  // copy
    CHECK(ByteBuffer::liveBlocks() == 2);
    CHECK(c == b);
    c.set(1, 100);
    CHECK(!(c == b));
    CHECK(b.get(1) == 7);

    ByteBuffer d(std::move(c));  // move: no new block
    CHECK(ByteBuffer::liveBlocks() == 2);
    CHECK(d.get(1) == 100);
    CHECK(c.size() == 0);  // moved-from state is documented as empty

    a = b;  // copy assign
    CHECK(ByteBuffer::liveBlocks() == 3);
    CHECK(a == b);
    a = a;  // self copy assignment
    CHECK(a == b && ByteBuffer::liveBlocks() == 3);
    a = std::move(d);  // frees a's old block
    CHECK(ByteBuffer::liveBlocks() == 2);
    CHECK(a.get(1) == 100);
  }
  CHECK(ByteBuffer::liveBlocks() == 0);

  {
    ByteBuffer g;
    for (int i = 0; i < 100; ++i) g.append(static_cast<unsigned char>(i));
    CHECK(g.size() == 100);
    CHECK(g.capacity() == 128);
    CHECK(ByteBuffer::liveBlocks() == 1);
    for (std::size_t i = 0; i < 100; ++i) CHECK(g.get(i) == i);
    g.reverse();
    CHECK(g.get(0) == 99 && g.get(99) == 0);
    g.appendAll(g);  // self append
    CHECK(g.size() == 200);
    CHECK(g.get(100) == 99 && g.get(199) == 0);
    g.clear();
    CHECK(g.size() == 0 && g.capacity() >= 200);
  }
  CHECK(ByteBuffer::liveBlocks() == 0);

  const unsigned char wiki[] = "Wikipedia";
  ByteBuffer w(wiki, 9);
  CHECK(w.checksum() == 0x11E60398u);
  CHECK(ByteBuffer().checksum() == 1u);

  ByteBuffer runs;
  for (int i = 0; i < 300; ++i) runs.append('a');
  runs.append('b');
  runs.append('c');
  runs.append('c');
  ByteBuffer enc = rleEncode(runs);
  CHECK(enc.size() == 8);
  CHECK(enc.get(0) == 255 && enc.get(1) == 'a');
  CHECK(enc.get(2) == 45 && enc.get(3) == 'a');
  CHECK(enc.get(4) == 1 && enc.get(5) == 'b');
  CHECK(enc.get(6) == 2 && enc.get(7) == 'c');
  CHECK(rleDecode(enc) == runs);
  CHECK(rleEncode(ByteBuffer()).size() == 0);

  std::vector<ByteBuffer> many;
  for (int k = 1; k <= 20; ++k) {
    ByteBuffer t(static_cast<std::size_t>(k), static_cast<unsigned char>(k));
    many.push_back(std::move(t));
  }
  CHECK(ByteBuffer::liveBlocks() == 23);  // 20 in the vector + w, runs, enc
  many.erase(many.begin(), many.begin() + 10);
  CHECK(ByteBuffer::liveBlocks() == 13);
  CHECK(many[0].size() == 11 && many[0].get(10) == 11);
  many.clear();
  CHECK(ByteBuffer::liveBlocks() == 3);
  return 0;
}
