#include "domain/identity/totp.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace sendhub::identity {
namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

std::string uri_escape(std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

std::string base32_encode(std::string_view bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      out.push_back(alphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(alphabet[(buffer << (5 - bits)) & 31]);
  return out;
}

Result<std::string> base32_decode(std::string_view text) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char raw : text) {
    if (raw == ' ' || raw == '-' || raw == '=') continue;
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(raw)));
    const char* at = std::char_traits<char>::find(alphabet, 32, c);
    if (at == nullptr) return fail(ErrorCode::invalid_input, "The key can only contain the letters A to Z and the digits 2 to 7.");
    buffer = (buffer << 5) | static_cast<std::uint32_t>(at - alphabet);
    bits += 5;
    if (bits >= 8) {
      out.push_back(static_cast<char>((buffer >> (bits - 8)) & 0xff));
      bits -= 8;
    }
  }
  return out;
}

std::string hotp(std::string_view secret, std::uint64_t counter, int digits) {
  std::array<unsigned char, 8> message{};
  for (int i = 7; i >= 0; --i) {
    message[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter & 0xff);
    counter >>= 8;
  }
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()), message.data(), message.size(), mac, &mac_len);
  // RFC 4226 section 5.3, dynamic truncation.
  int offset = mac[mac_len - 1] & 0x0f;
  std::uint32_t binary = (static_cast<std::uint32_t>(mac[offset] & 0x7f) << 24) |
                         (static_cast<std::uint32_t>(mac[offset + 1]) << 16) |
                         (static_cast<std::uint32_t>(mac[offset + 2]) << 8) | mac[offset + 3];
  std::uint32_t modulus = 1;
  for (int i = 0; i < digits; ++i) modulus *= 10;
  std::string code = std::to_string(binary % modulus);
  return std::string(static_cast<std::size_t>(digits) - code.size(), '0') + code;
}

std::uint64_t totp_step_at(std::chrono::system_clock::time_point now) {
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  return seconds < 0 ? 0 : static_cast<std::uint64_t>(seconds) / static_cast<std::uint64_t>(totp_step.count());
}

std::optional<std::uint64_t> verify_totp(std::string_view secret, std::string_view code,
                                         std::chrono::system_clock::time_point now,
                                         std::optional<std::uint64_t> last_used_step) {
  std::string digits;
  for (char c : code)
    if (c != ' ') digits.push_back(c);
  if (digits.size() != static_cast<std::size_t>(totp_digits)) return std::nullopt;
  const std::uint64_t current = totp_step_at(now);
  std::optional<std::uint64_t> matched;
  for (std::uint64_t step = current == 0 ? 0 : current - 1; step <= current + 1; ++step) {
    // Check every candidate so the time taken does not say which one matched.
    if (constant_time_equal(hotp(secret, step), digits) && !matched) matched = step;
  }
  if (matched && last_used_step && *matched <= *last_used_step) return std::nullopt;
  return matched;
}

std::string totp_uri(std::string_view issuer, std::string_view account, std::string_view secret) {
  return "otpauth://totp/" + uri_escape(issuer) + ":" + uri_escape(account) + "?secret=" + base32_encode(secret) +
         "&issuer=" + uri_escape(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

}  // namespace sendhub::identity
