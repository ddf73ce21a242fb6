// CSV for spreadsheets: RFC 4180 quoting, plus a guard against formula injection. A cell that
// starts with = + - @, a tab or a carriage return is prefixed with ' so that Excel shows it as
// text instead of running it (OWASP "CSV injection").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sendhub::exporting {

std::string csv_cell(std::string_view value);
std::string csv_row(const std::vector<std::string>& cells);  // ends with CRLF

}  // namespace sendhub::exporting
