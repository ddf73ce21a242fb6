#include "domain/export/csv.h"

#include <gtest/gtest.h>

namespace sendhub::exporting {
namespace {

TEST(Csv, PlainCellsAreUnchanged) { EXPECT_EQ(csv_cell("record.view"), "record.view"); }

TEST(Csv, QuotesCommasQuotesAndLineBreaks) {
  EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_cell("two\nlines"), "\"two\nlines\"");
}

TEST(Csv, FormulaLookalikesBecomeText) {
  EXPECT_EQ(csv_cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv_cell("+1"), "'+1");
  EXPECT_EQ(csv_cell("-2"), "'-2");
  EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_cell("\tx"), "'\tx");
  EXPECT_EQ(csv_cell("a=b"), "a=b");  // only a leading character is dangerous
}

TEST(Csv, RowsEndWithCrlf) { EXPECT_EQ(csv_row({"a", "b,c", ""}), "a,\"b,c\",\r\n"); }

}  // namespace
}  // namespace sendhub::exporting
