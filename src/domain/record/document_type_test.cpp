#include "domain/record/document_type.h"

#include <gtest/gtest.h>

#include <string>

namespace sendhub::record {
namespace {

TEST(DocumentType, JudgedByContentNotByName) {
  EXPECT_EQ(check_document("%PDF-1.7\n...")->media_type, "application/pdf");
  EXPECT_EQ(check_document(std::string("\x89PNG\r\n\x1a\n....", 12))->extension, "png");
  EXPECT_EQ(check_document(std::string("\xFF\xD8\xFF\xE0....", 8))->extension, "jpg");
  std::string zip = std::string("PK\x03\x04", 4) + std::string(30, '\0') + "[Content_Types].xml ... word/document.xml";
  EXPECT_EQ(check_document(zip)->extension, "docx");
  std::string other_zip = std::string("PK\x03\x04", 4) + "xl/workbook.xml";
  EXPECT_FALSE(check_document(other_zip));  // a spreadsheet is not a Word document
  auto html = check_document("<html><script>alert(1)</script>");
  ASSERT_FALSE(html);
  EXPECT_EQ(html.error().field, "file");
  EXPECT_NE(html.error().message.find("PDF"), std::string::npos);
}

TEST(DocumentType, EmptyAndOversizedFilesAreRefused) {
  EXPECT_EQ(check_document("").error().message, "The selected file is empty");
  std::string big = "%PDF-" + std::string(max_document_bytes, 'x');
  EXPECT_EQ(check_document(big).error().code, ErrorCode::too_large);
  EXPECT_TRUE(check_document("%PDF-" + std::string(max_document_bytes - 5, 'x')));
}

TEST(DocumentType, SafeFilenamesCannotEscapeOrInjectHeaders) {
  const DocumentType pdf = *check_document("%PDF-");
  EXPECT_EQ(safe_filename("C:\\Users\\pat\\EP report.docx", pdf), "EP report.pdf");
  EXPECT_EQ(safe_filename("../../etc/passwd", pdf), "passwd.pdf");
  EXPECT_EQ(safe_filename("a\"; b=c\r\nX: y.pdf", pdf), "a bcX y.pdf");
  EXPECT_EQ(safe_filename("", pdf), "document.pdf");
  EXPECT_EQ(safe_filename(std::string(300, 'a'), pdf).size(), 94u);
}

}  // namespace
}  // namespace sendhub::record
