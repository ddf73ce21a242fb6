#include "domain/email/message.h"

#include <array>
#include <cstdio>

namespace sendhub::email {
namespace {

constexpr std::size_t max_line = 998;  // RFC 5322 §2.1.1

bool plain_ascii(std::string_view s) {
  for (unsigned char ch : s)
    if (ch < 0x20 || ch > 0x7e) return false;
  return true;
}

std::string base64(std::string_view in) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
    for (int shift : {18, 12, 6, 0}) out += alphabet[(v >> shift) & 63];
  }
  if (i < in.size()) {
    unsigned v = (unsigned char)in[i] << 16 | (i + 1 < in.size() ? (unsigned char)in[i + 1] << 8 : 0);
    out += alphabet[(v >> 18) & 63];
    out += alphabet[(v >> 12) & 63];
    out += i + 1 < in.size() ? alphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// RFC 2047 encoded-words, split on UTF-8 character boundaries so each word stays under 76 bytes.
std::string encode_subject(std::string_view subject) {
  if (plain_ascii(subject)) return std::string(subject);
  std::string out;
  std::size_t start = 0;
  while (start < subject.size()) {
    std::size_t end = std::min(subject.size(), start + 45);
    while (end > start && end < subject.size() && (static_cast<unsigned char>(subject[end]) & 0xC0) == 0x80) --end;
    if (end == start) end = std::min(subject.size(), start + 45);  // not UTF-8 at all: split anywhere, but advance
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(subject.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

}  // namespace

bool valid_address(std::string_view a) {
  if (a.empty() || a.size() > 254) return false;
  auto at = a.find('@');
  if (at == std::string_view::npos || at == 0 || a.find('@', at + 1) != std::string_view::npos) return false;
  auto domain = a.substr(at + 1);
  auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.' || domain.find("..") != std::string_view::npos)
    return false;
  for (unsigned char ch : a)
    if (ch <= 0x20 || ch >= 0x7f || ch == '<' || ch == '>' || ch == ',' || ch == ';' || ch == '"' || ch == '\\')
      return false;
  return true;
}

Result<void> check_message(const EmailMessage& m) {
  if (!valid_address(m.to)) return fail(ErrorCode::invalid_input, "Enter an email address in the correct format, like name@example.com", "to");
  if (m.subject.empty()) return fail(ErrorCode::invalid_input, "An email needs a subject", "subject");
  for (char ch : m.subject)
    if (ch == '\r' || ch == '\n' || ch == '\0') return fail(ErrorCode::invalid_input, "An email subject must be one line", "subject");
  std::size_t line = 0;
  for (char ch : m.body) {
    if (ch == '\0' || ch == '\r') return fail(ErrorCode::invalid_input, "An email body must be plain text", "body");
    line = ch == '\n' ? 0 : line + 1;
    if (line > max_line) return fail(ErrorCode::invalid_input, "An email body line is too long to send", "body");
  }
  return {};
}

std::string render(const EmailMessage& m, std::string_view from, std::string_view date, std::string_view message_id) {
  std::string out;
  out += "From: " + std::string(from) + "\r\n";
  out += "To: " + m.to + "\r\n";
  out += "Subject: " + encode_subject(m.subject) + "\r\n";
  out += "Date: " + std::string(date) + "\r\n";
  out += "Message-ID: <" + std::string(message_id) + ">\r\n";
  out += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
  for (char ch : m.body) {
    if (ch == '\n') out += "\r\n";
    else out += ch;
  }
  if (!m.body.empty() && m.body.back() != '\n') out += "\r\n";
  return out;
}

std::string rfc5322_date(std::chrono::sys_seconds at) {
  using namespace std::chrono;
  static constexpr const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  auto day = floor<std::chrono::days>(at);
  year_month_day ymd{day};
  hh_mm_ss time{at - day};
  char out[48];
  std::snprintf(out, sizeof out, "%s, %02u %s %04d %02ld:%02ld:%02ld +0000", days[weekday(day).c_encoding()],
                static_cast<unsigned>(ymd.day()), months[static_cast<unsigned>(ymd.month()) - 1],
                static_cast<int>(ymd.year()), static_cast<long>(time.hours().count()),
                static_cast<long>(time.minutes().count()), static_cast<long>(time.seconds().count()));
  return out;
}

std::optional<std::chrono::seconds> retry_delay(int attempts) {
  if (attempts < 1 || attempts >= max_attempts) return std::nullopt;
  std::chrono::seconds delay{60};
  for (int i = 1; i < attempts && delay < std::chrono::hours(6); ++i) delay *= 2;
  return std::min<std::chrono::seconds>(delay, std::chrono::hours(6));
}

}  // namespace sendhub::email
