// Tables of area figures as an Excel workbook, one table to a sheet, for people who want to sort,
// filter or chart the figures themselves. It lives in app, not domain, because it needs
// libxlsxwriter and a temporary file: libxlsxwriter 1.1.4 (Debian 12) can only write to a file.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/error.h"

namespace sendhub::exporting {

using XlsxCell = std::variant<std::monostate, std::string, double>;  // empty, text, number

struct XlsxSheet {
  // The tab name, made safe: at most 31 characters, none of []:*?/\ (each becomes -), no
  // apostrophe or space at either end, never empty ("Sheet"), and unique within the workbook
  // ignoring case (" (2)", " (3)" added), as Excel refuses anything else.
  std::string name;
  std::string title;                 // in A1, bold; the headers are in row 3, frozen with the rows above
  std::vector<std::string> headers;  // bold
  std::vector<std::vector<XlsxCell>> rows;
  std::vector<std::string> notes;    // below the table after a blank row, e.g. how small numbers are shown
};

// The workbook's bytes. Text is always stored as text, never as a formula, so a cell beginning
// with = + - @ cannot run in Excel (the XLSX counterpart of csv.h's guard); numbers as numbers;
// NaN and infinity as empty cells. Text is cut to Excel's 32,767 characters a cell and malformed
// UTF-8 becomes U+FFFD, since Excel will not open a file holding either. Errors: invalid_input for
// no sheets; too_large for a sheet over Excel's 1,048,576 rows (title, headers and notes count)
// or 16,384 columns; internal when the temporary file or libxlsxwriter fails. Every temporary
// file is removed whatever happens.
Result<std::string> xlsx_workbook(std::span<const XlsxSheet> sheets, std::string_view author = "SENDhub");

}  // namespace sendhub::exporting
