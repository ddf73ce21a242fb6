// The workbook is opened with `unzip -p` (scripts/setup.sh installs unzip) and its XML parts
// checked directly, since what matters is how Excel will read them: text as shared strings,
// numbers as <v>, and never a <f> formula.
#include "app/export/xlsx_workbook.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>

namespace sendhub::exporting {
namespace {

namespace fs = std::filesystem;

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// Each test runs with TMPDIR set to a fresh, empty directory, so any file left behind there,
// ours or libxlsxwriter's, is noticed.
class XlsxWorkbook : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string root = (fs::temp_directory_path() / "sendhub-xlsxtest-XXXXXX").string();
    ASSERT_NE(::mkdtemp(root.data()), nullptr);
    root_ = root;
    fs::create_directory(tmp());
    if (const char* old = std::getenv("TMPDIR")) old_tmpdir_ = old;
    ::setenv("TMPDIR", tmp().c_str(), 1);
  }
  void TearDown() override {
    EXPECT_EQ(leftovers(), 0u) << "a temporary file was left behind";
    if (old_tmpdir_) ::setenv("TMPDIR", old_tmpdir_->c_str(), 1);
    else ::unsetenv("TMPDIR");
    fs::remove_all(root_);
  }

  fs::path tmp() const { return root_ / "tmp"; }
  std::size_t leftovers() const {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(tmp())) ++n;
    return n;
  }

  // One part of the workbook, or a failure if it is not there.
  std::string part(const std::string& xlsx, const std::string& name) {
    const fs::path file = root_ / "book.xlsx";
    std::ofstream(file, std::ios::binary) << xlsx;
    const std::string command = "unzip -p '" + file.string() + "' '" + name + "' 2>/dev/null";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
      ADD_FAILURE() << "could not run unzip";
      return {};
    }
    std::string out;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    const int status = ::pclose(pipe);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
      ADD_FAILURE() << "unzip -p " << name << " failed (status " << status << "); is unzip installed?";
    return out;
  }

  static XlsxSheet plans() {
    return {"Plans", "EHC plans by area", {"Area", "Plans", "Formula-like"},
            {{std::string("Leeds"), 42.5, std::string("=1+2")},
             {std::string("York"), std::nan(""), std::string("@SUM(A1)")},
             {std::string("Hull"), std::monostate{}, std::string("-3")}},
            {"Numbers from 1 to 4 are shown as [c] to protect children's privacy."}};
  }

  fs::path root_;
  std::optional<std::string> old_tmpdir_;
};

TEST_F(XlsxWorkbook, IsAZipFile) {
  const std::vector sheets{plans()};
  auto xlsx = xlsx_workbook(sheets);
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  EXPECT_TRUE(xlsx->starts_with("PK\x03\x04"));
  EXPECT_NE(part(*xlsx, "xl/workbook.xml").find("<sheet name=\"Plans\""), std::string::npos);
}

TEST_F(XlsxWorkbook, TextIsStoredAsTextNeverAsAFormula) {
  const std::vector sheets{plans()};
  auto xlsx = xlsx_workbook(sheets);
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  const std::string strings = part(*xlsx, "xl/sharedStrings.xml");
  const std::string sheet = part(*xlsx, "xl/worksheets/sheet1.xml");
  for (const char* text : {"<t>Leeds</t>", "<t>=1+2</t>", "<t>@SUM(A1)</t>", "<t>-3</t>"})
    EXPECT_NE(strings.find(text), std::string::npos) << text;
  EXPECT_NE(sheet.find("<c r=\"C4\" t=\"s\">"), std::string::npos) << sheet;
  EXPECT_EQ(sheet.find("<f"), std::string::npos) << sheet;
}

TEST_F(XlsxWorkbook, NumbersAreNumbersAndNotANumberIsEmpty) {
  const std::vector sheets{plans()};
  auto xlsx = xlsx_workbook(sheets);
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  const std::string sheet = part(*xlsx, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<c r=\"B4\"><v>42.5</v></c>"), std::string::npos) << sheet;
  EXPECT_EQ(sheet.find("r=\"B5\""), std::string::npos) << sheet;
  EXPECT_EQ(sheet.find("nan"), std::string::npos) << sheet;
}

TEST_F(XlsxWorkbook, BoldTitleAndHeadersFrozenAboveTheRowsAndNotesBelow) {
  const std::vector sheets{plans()};
  auto xlsx = xlsx_workbook(sheets);
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  const std::string sheet = part(*xlsx, "xl/worksheets/sheet1.xml");
  const std::string styles = part(*xlsx, "xl/styles.xml");
  EXPECT_NE(styles.find("<font><b/>"), std::string::npos) << styles;  // style 1 is the bold one
  for (const char* cell : {"<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v>", "<c r=\"A3\" s=\"1\"", "<c r=\"C3\" s=\"1\""})
    EXPECT_NE(sheet.find(cell), std::string::npos) << cell;
  EXPECT_EQ(sheet.find("<c r=\"A4\" s="), std::string::npos) << "rows are not bold";
  EXPECT_NE(sheet.find("<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>"), std::string::npos);
  EXPECT_EQ(sheet.find("autoFilter"), std::string::npos);
  EXPECT_NE(sheet.find("<row r=\"8\" spans=\"1:3\"><c r=\"A8\" t=\"s\">"), std::string::npos) << "note after a blank row";
  EXPECT_NE(part(*xlsx, "xl/sharedStrings.xml").find("shown as [c] to protect"), std::string::npos);
}

TEST_F(XlsxWorkbook, ColumnsFitTheirLongestTextUpToACap) {
  XlsxSheet sheet{"Widths", std::string(200, 't'), {"A", "Header of twenty-six chars", "C"},
                  {{std::string("x"), std::string("y"), std::string(100, 'z')}}, {std::string(300, 'n')}};
  auto xlsx = xlsx_workbook(std::span(&sheet, 1));
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  const std::string xml = part(*xlsx, "xl/worksheets/sheet1.xml");
  EXPECT_NE(xml.find("<col min=\"1\" max=\"1\" width=\"9.140625\"/>"), std::string::npos) << xml;  // the default
  EXPECT_NE(xml.find("<col min=\"2\" max=\"2\" width=\"28.7109375\" customWidth=\"1\"/>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<col min=\"3\" max=\"3\" width=\"60.7109375\" customWidth=\"1\"/>"), std::string::npos) << xml;
}

TEST_F(XlsxWorkbook, SheetNamesAreMadeSafeAndUnique) {
  std::vector<XlsxSheet> sheets(8);
  sheets[0].name = "Area: North/South [2024]?*\\";
  sheets[1].name = "A name far longer than Excel's thirty-one characters";
  sheets[2].name = "Summary";
  sheets[3].name = "summary";
  sheets[4].name = "";
  sheets[5].name = "'Quoted' ";
  sheets[6].name = "History";
  sheets[7].name = "A name far longer than Excel's thirty-one characters";
  auto xlsx = xlsx_workbook(sheets);
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  const std::string workbook = part(*xlsx, "xl/workbook.xml");
  for (const char* name : {"Area- North-South -2024----", "A name far longer than Excel's", "Summary", "summary (2)",
                           "Sheet", "Quoted", "History (2)", "A name far longer than Exce (2)"})
    EXPECT_EQ(count(workbook, "<sheet name=\"" + std::string(name) + "\""), 1u) << name << "\n" << workbook;
}

TEST_F(XlsxWorkbook, DocumentPropertiesNameTheFirstTableAndTheAuthor) {
  std::vector sheets{plans(), plans()};
  sheets[1].title = "Second";
  auto xlsx = xlsx_workbook(sheets, "Leeds SEND team");
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  const std::string core = part(*xlsx, "docProps/core.xml");
  EXPECT_NE(core.find("<dc:title>EHC plans by area</dc:title>"), std::string::npos) << core;
  EXPECT_NE(core.find("<dc:creator>Leeds SEND team</dc:creator>"), std::string::npos) << core;
}

TEST_F(XlsxWorkbook, LongTextIsCutAtExcelsLimitAndBadUtf8Replaced) {
  std::string smileys;
  for (int i = 0; i < 20'000; ++i) smileys += "\xF0\x9F\x98\x80";  // two UTF-16 units each
  XlsxSheet sheet{"Text", "", {}, {{std::string(40'000, 'x'), smileys, std::string("bad \xFF\xC0\x80 bytes")}}, {}};
  auto xlsx = xlsx_workbook(std::span(&sheet, 1));
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  const std::string strings = part(*xlsx, "xl/sharedStrings.xml");
  EXPECT_NE(strings.find("<t>" + std::string(32'767, 'x') + "</t>"), std::string::npos);
  std::string kept;
  for (int i = 0; i < 16'383; ++i) kept += "\xF0\x9F\x98\x80";
  EXPECT_NE(strings.find("<t>" + kept + "</t>"), std::string::npos);
  EXPECT_NE(strings.find("<t>bad \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD bytes</t>"), std::string::npos);
}

TEST_F(XlsxWorkbook, RefusesMoreRowsThanExcelHolds) {
  XlsxSheet sheet{"Big", "Title", {"Area"}, {}, {}};
  sheet.rows.resize(1'048'576 - 3);  // title, blank row and headers fill the rest
  EXPECT_TRUE(xlsx_workbook(std::span(&sheet, 1)));

  sheet.rows.emplace_back();
  auto refused = xlsx_workbook(std::span(&sheet, 1));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::too_large);
  EXPECT_NE(refused.error().message.find("1,048,576"), std::string::npos);

  sheet.rows.resize(1'048'576 - 4);
  sheet.notes = {"one note and the blank row above it make one too many"};
  ASSERT_FALSE(xlsx_workbook(std::span(&sheet, 1)));
  EXPECT_EQ(leftovers(), 0u);
}

TEST_F(XlsxWorkbook, RefusesMoreColumnsThanExcelHolds) {
  XlsxSheet sheet{"Wide", "Title", std::vector<std::string>(16'385, "h"), {}, {}};
  auto refused = xlsx_workbook(std::span(&sheet, 1));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::too_large);
}

TEST_F(XlsxWorkbook, RefusesAWorkbookWithNoSheets) {
  auto refused = xlsx_workbook({});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
}

TEST_F(XlsxWorkbook, LeavesNoTemporaryFileBehind) {
  ASSERT_EQ(leftovers(), 0u);
  const std::vector sheets{plans(), plans(), plans()};
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(xlsx_workbook(sheets));
  EXPECT_EQ(leftovers(), 0u);
}

TEST_F(XlsxWorkbook, UsesTmpdirAndSaysPlainlyWhenItCannot) {
  ::setenv("TMPDIR", (root_ / "missing").c_str(), 1);
  const std::vector sheets{plans()};
  auto refused = xlsx_workbook(sheets);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::internal);
  EXPECT_EQ(refused.error().message, "Could not create a temporary file for the spreadsheet.");
  EXPECT_FALSE(fs::exists(root_ / "missing"));
}

}  // namespace
}  // namespace sendhub::exporting
