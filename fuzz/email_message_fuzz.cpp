// Email built from what people type (names, addresses): whatever passes check_message must
// render with CRLF line ends only and with no header other than the ones SENDhub writes, so a
// typed value can never add a Bcc: or split the message.
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/email/message.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto first = in.find('\n');
  auto second = first == std::string_view::npos ? std::string_view::npos : in.find('\n', first + 1);
  sendhub::email::EmailMessage m;
  m.to = std::string(in.substr(0, first));
  if (first != std::string_view::npos) m.subject = std::string(in.substr(first + 1, second - first - 1));
  if (second != std::string_view::npos) m.body = std::string(in.substr(second + 1));
  (void)sendhub::email::valid_address(m.to);
  if (!sendhub::email::check_message(m)) return 0;
  const std::string text = sendhub::email::render(m, "SENDhub <no-reply@example.org>", "date", "id@example.org");
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) __builtin_trap();
  const std::string_view headers = std::string_view(text).substr(0, text.find("\r\n\r\n"));
  constexpr std::string_view allowed[] = {"From: ", "To: ", "Subject: ", "Date: ", "Message-ID: ", "MIME-Version: ",
                                          "Content-Type: ", "Content-Transfer-Encoding: ", " "};
  std::size_t start = 0;
  int lines = 0;
  while (start <= headers.size()) {
    auto end = headers.find("\r\n", start);
    if (end == std::string_view::npos) end = headers.size();
    auto line = headers.substr(start, end - start);
    bool known = false;
    for (auto prefix : allowed) known = known || line.starts_with(prefix);
    if (!known) __builtin_trap();
    if (!line.starts_with(" ")) ++lines;
    start = end + 2;
  }
  if (lines != 8) __builtin_trap();
  return 0;
}
