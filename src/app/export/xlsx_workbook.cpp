#include "app/export/xlsx_workbook.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <new>
#include <set>

namespace sendhub::exporting {
namespace {

constexpr std::size_t max_rows = LXW_ROW_MAX;
constexpr std::size_t max_columns = LXW_COL_MAX;
constexpr std::size_t max_cell_text = 32'767;            // Excel counts UTF-16 units
constexpr std::size_t max_sheet_name = LXW_SHEETNAME_MAX;
constexpr lxw_row_t header_row = 2;                       // title, blank row, headers
constexpr double max_column_width = 60;

// Length of the well-formed UTF-8 sequence at the start of s, or 0. NUL and U+FFFE/U+FFFF count
// as malformed because XML cannot hold them and NUL would end the C string early.
std::size_t utf8_sequence(std::string_view s) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(0);
  if (lead != 0 && lead < 0x80) return 1;
  const std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (n == 0 || lead > 0xF4 || s.size() < n) return 0;
  for (std::size_t i = 1; i < n; ++i)
    if ((byte(i) & 0xC0) != 0x80) return 0;
  if ((lead == 0xE0 && byte(1) < 0xA0) || (lead == 0xF0 && byte(1) < 0x90)) return 0;  // overlong
  if (lead == 0xED && byte(1) > 0x9F) return 0;                                         // surrogate
  if (lead == 0xF4 && byte(1) > 0x8F) return 0;                                         // > U+10FFFF
  if (lead == 0xEF && byte(1) == 0xBF && byte(2) >= 0xBE) return 0;                     // U+FFFE/F
  return n;
}

struct ExcelText {
  std::string text;
  std::size_t units = 0;  // UTF-16 units, as Excel counts; also a fair guess at the shown width
};

// libxlsxwriter copies bytes into the XML unchecked, so clean them here, cutting at a whole
// character so the cut cannot itself make malformed UTF-8.
ExcelText excel_text(std::string_view s, std::size_t limit) {
  ExcelText out;
  while (!s.empty()) {
    const std::size_t n = utf8_sequence(s);
    const std::size_t units = n == 4 ? 2 : 1;
    if (out.units + units > limit) break;
    out.text.append(n ? s.substr(0, n) : std::string_view("\xEF\xBF\xBD"));
    out.units += units;
    s.remove_prefix(n ? n : 1);
  }
  return out;
}

// Excel refuses a name starting or ending with an apostrophe; spaces there are just invisible.
std::string trim_name(std::string_view name) {
  auto edge = [](char c) { return c == '\'' || c == ' '; };
  while (!name.empty() && edge(name.front())) name.remove_prefix(1);
  while (!name.empty() && edge(name.back())) name.remove_suffix(1);
  return std::string(name);
}

std::string ascii_lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Case-insensitive for ASCII only, as libxlsxwriter compares; a clash in accented letters alone
// would still reach Excel, which repairs it on opening.
std::vector<std::string> sheet_names(std::span<const XlsxSheet> sheets) {
  std::set<std::string> taken{"history"};  // Excel reserves it for change tracking
  std::vector<std::string> names;
  for (const XlsxSheet& sheet : sheets) {
    std::string safe = excel_text(sheet.name, max_sheet_name).text;
    for (char& c : safe)
      if (static_cast<unsigned char>(c) < 0x20 || std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '-';
    std::string base = trim_name(safe);
    if (base.empty()) base = "Sheet";
    std::string name = base;
    for (int n = 2; taken.contains(ascii_lower(name)); ++n) {
      const std::string suffix = " (" + std::to_string(n) + ")";
      name = trim_name(excel_text(base, max_sheet_name - suffix.size()).text) + suffix;
    }
    taken.insert(ascii_lower(name));
    names.push_back(std::move(name));
  }
  return names;
}

// Excel's General format shows at most 11 characters of a number.
std::size_t number_width(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::min<std::size_t>(end - buffer, 11) : 11;
}

std::unexpected<Error> library_failure(lxw_error error) {
  return fail(ErrorCode::internal, std::string("Could not write the spreadsheet: ") + lxw_strerror(error));
}

// The rows a sheet needs, checked before anything is written so that a refusal costs nothing.
Result<void> check_fits(const XlsxSheet& sheet) {
  const std::size_t rows = header_row + 1 + sheet.rows.size() + (sheet.notes.empty() ? 0 : 1 + sheet.notes.size());
  std::size_t columns = sheet.headers.size();
  for (const auto& row : sheet.rows) columns = std::max(columns, row.size());
  if (rows > max_rows)
    return fail(ErrorCode::too_large,
                "The table has more rows than Excel allows on one sheet (1,048,576). Choose fewer figures and try again.");
  if (columns > max_columns)
    return fail(ErrorCode::too_large,
                "The table has more columns than Excel allows on one sheet (16,384). Choose fewer figures and try again.");
  return {};
}

Result<void> write_sheet(lxw_worksheet* ws, const XlsxSheet& sheet, lxw_format* bold) {
  std::vector<std::size_t> widths;
  // Every cell goes through here, and worksheet_write_string never makes a formula.
  auto text = [&](lxw_row_t row, std::size_t col, std::string_view value, lxw_format* format, bool sized) {
    ExcelText clean = excel_text(value, max_cell_text);
    if (sized) {
      if (widths.size() <= col) widths.resize(col + 1);
      widths[col] = std::max(widths[col], clean.units);
    }
    return worksheet_write_string(ws, row, static_cast<lxw_col_t>(col), clean.text.c_str(), format);
  };

  if (lxw_error e = text(0, 0, sheet.title, bold, false)) return library_failure(e);
  for (std::size_t c = 0; c < sheet.headers.size(); ++c)
    if (lxw_error e = text(header_row, c, sheet.headers[c], bold, true)) return library_failure(e);
  lxw_row_t row = header_row + 1;
  for (const auto& cells : sheet.rows) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      lxw_error e = LXW_NO_ERROR;
      if (const auto* s = std::get_if<std::string>(&cells[c])) {
        e = text(row, c, *s, nullptr, true);
      } else if (const auto* d = std::get_if<double>(&cells[c]); d && std::isfinite(*d)) {
        if (widths.size() <= c) widths.resize(c + 1);
        widths[c] = std::max(widths[c], number_width(*d));
        e = worksheet_write_number(ws, row, static_cast<lxw_col_t>(c), *d, nullptr);
      }
      if (e) return library_failure(e);
    }
    ++row;
  }
  if (!sheet.notes.empty()) ++row;
  for (const std::string& note : sheet.notes)
    if (lxw_error e = text(row++, 0, note, nullptr, false)) return library_failure(e);

  for (std::size_t c = 0; c < widths.size(); ++c) {
    const double width = std::clamp(static_cast<double>(widths[c]) + 2, LXW_DEF_COL_WIDTH, max_column_width);
    const auto col = static_cast<lxw_col_t>(c);
    if (lxw_error e = worksheet_set_column(ws, col, col, width, nullptr)) return library_failure(e);
  }
  worksheet_freeze_panes(ws, header_row + 1, 0);
  return {};
}

// A private (0600) empty file for libxlsxwriter to write into, removed when this goes out of
// scope, on every path. The bytes are read back through the descriptor opened here, which
// libxlsxwriter's truncating open by name leaves pointing at the same file.
class TempFile {
 public:
  explicit TempFile(std::string dir) : dir_(std::move(dir)), path_(dir_ + "/sendhub-xlsx-XXXXXX") {
    fd_ = ::mkostemp(path_.data(), O_CLOEXEC);
  }
  ~TempFile() {
    if (fd_ < 0) return;
    ::unlink(path_.c_str());
    ::close(fd_);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  bool created() const { return fd_ >= 0; }
  const std::string& path() const { return path_; }
  std::string& dir() { return dir_; }

  Result<std::string> contents() const {
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return fail(ErrorCode::internal, "Could not read back the spreadsheet's temporary file.");
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::pread(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return fail(ErrorCode::internal, "Could not read back the spreadsheet's temporary file.");
      done += static_cast<std::size_t>(n);
    }
    return bytes;
  }

 private:
  std::string dir_;
  std::string path_;
  int fd_ = -1;
};

std::string temp_dir() {
  const char* dir = std::getenv("TMPDIR");
  return dir && *dir ? dir : "/tmp";
}

struct FreeWorkbook {
  void operator()(lxw_workbook* wb) const { lxw_workbook_free(wb); }
};

Result<std::string> write_workbook(std::span<const XlsxSheet> sheets, std::string_view author) {
  if (sheets.empty()) return fail(ErrorCode::invalid_input, "There are no tables to put in the spreadsheet.");
  for (const XlsxSheet& sheet : sheets)
    if (auto fits = check_fits(sheet); !fits) return std::unexpected(fits.error());

  TempFile file(temp_dir());
  if (!file.created()) return fail(ErrorCode::internal, "Could not create a temporary file for the spreadsheet.");
  // libxlsxwriter keeps this pointer, not a copy, until workbook_close; `file` outlives that.
  lxw_workbook_options options{.constant_memory = LXW_FALSE, .tmpdir = file.dir().data(), .use_zip64 = LXW_FALSE};
  std::unique_ptr<lxw_workbook, FreeWorkbook> wb(workbook_new_opt(file.path().c_str(), &options));
  if (!wb) return fail(ErrorCode::internal, "Could not start the spreadsheet.");

  std::string title = excel_text(sheets.front().title, max_cell_text).text;
  std::string creator = excel_text(author, max_cell_text).text;
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.author = creator.data();
  if (lxw_error e = workbook_set_properties(wb.get(), &properties)) return library_failure(e);

  lxw_format* bold = workbook_add_format(wb.get());
  if (!bold) return fail(ErrorCode::internal, "Could not start the spreadsheet.");
  format_set_bold(bold);

  const std::vector<std::string> names = sheet_names(sheets);
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    lxw_worksheet* ws = workbook_add_worksheet(wb.get(), names[i].c_str());
    if (!ws) return fail(ErrorCode::internal, "Could not add a sheet to the spreadsheet.");
    if (auto written = write_sheet(ws, sheets[i], bold); !written) return std::unexpected(written.error());
  }
  // workbook_close frees the workbook whether or not it succeeds.
  if (lxw_error e = workbook_close(wb.release())) return library_failure(e);
  return file.contents();
}

}  // namespace

Result<std::string> xlsx_workbook(std::span<const XlsxSheet> sheets, std::string_view author) {
  // Only our own allocations can throw (libxlsxwriter is C); the RAII above still tidies up.
  try {
    return write_workbook(sheets, author);
  } catch (const std::bad_alloc&) {
    return fail(ErrorCode::internal, "Ran out of memory while writing the spreadsheet.");
  } catch (...) {
    return fail(ErrorCode::internal, "Could not write the spreadsheet.");
  }
}

}  // namespace sendhub::exporting
