#include "check.h"
#include "solution.hpp"
#include <string>

int main() {
  CHECK(fmtPoint(3, -4) == "(3, -4)");
  CHECK(fmtPoint(-2147483647 - 1, 2147483647) == "(-2147483648, 2147483647)");
  CHECK(fmtPerson("Ann", 31, true) == "Ann is 31 years old (admin: true)");
  CHECK(fmtPerson("", 0, false) == " is 0 years old (admin: false)");
  CHECK(fmtMoney("$", 12.5) == "$12.50");
  CHECK(fmtMoney("EUR ", 0.004) == "EUR 0.00");
  CHECK(fmtMoney("EUR ", -0.004) == "EUR 0.00");
  CHECK(fmtMoney("", -3.14159) == "-3.14");
  CHECK(fmtMoney("", 1234567.891) == "1234567.89");
  CHECK(fmtMoney("", 0.125) == "0.13");
  CHECK(fmtMixed('x', -9000000000LL, 4294967295u, 2.0, "end") == "[x|-9000000000|4294967295|2.00|end]");
  CHECK(fmtRaw("no placeholders") == "no placeholders");
  CHECK(fmtRaw("") == "");
  CHECK(fmtRaw("{}") == "<?>");
  CHECK(fmtRaw("{{}}") == "{}");
  CHECK(fmtRaw("a{b}c") == "a{b}c");
  CHECK(fmtOne("value={}", 7) == "value=7");
  CHECK(fmtOne("{{{}}}", 5) == "{5}");
  CHECK(fmtOne("{} and {}", 1) == "1 and <?>");
  CHECK(fmtOne("nothing", 1) == "nothing | 1");
  CHECK(fmtThree("{}+{}={}", 2, 3, 5) == "2+3=5");
  CHECK(fmtThree("{}", 1, 2, 3) == "1 | 2 3");
  CHECK(fmtThree("", 1, 2, 3) == " | 1 2 3");
  CHECK(fmtThree("{}{}{}{}", 1, 2, 3) == "123<?>");
  CHECK(fmtThree("trailing {", 1, 2, 3) == "trailing { | 1 2 3");
  CHECK(joinFour("a", 1, 2.5, false) == "a, 1, 2.50, false");
  CHECK(joinFour("", -1, -0.5, true) == ", -1, -0.50, true");
  CHECK(tableRow(5, "id", 42, "ok") == "| id    | 42    | ok    |");
  CHECK(tableRow(0, "id", 42, "ok") == "| id | 42 | ok |");
  CHECK(tableRow(3, "long text", -100, "") == "| long text | -100 |     |");
  for (int i = -30; i <= 30; ++i) {
    std::string expect = "v=" + std::to_string(i) + ";";
    CHECK(fmtOne("v={};", i) == expect);
  }
  return 0;
}
