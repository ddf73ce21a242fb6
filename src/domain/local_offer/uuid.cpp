#include "domain/local_offer/uuid.h"

#include <openssl/sha.h>

namespace sendhub::local_offer {
namespace {

bool hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string format(const std::uint8_t* b) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(digits[b[i] >> 4]);
    out.push_back(digits[b[i] & 15]);
  }
  return out;
}

// SENDhub's namespace for version 5 ids (itself a random UUID, fixed forever).
constexpr std::uint8_t sendhub_namespace[16] = {0x5e, 0x9d, 0x1c, 0x43, 0x7a, 0x0b, 0x4f, 0x52,
                                                0x9e, 0x61, 0x2d, 0x8a, 0xc4, 0x37, 0x15, 0xf0};

}  // namespace

bool is_uuid(std::string_view t) {
  if (t.size() != 36) return false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? t[i] != '-' : !hex(t[i])) return false;
  }
  return true;
}

std::string normalise_uuid(std::string_view t) {
  std::string out(t);
  for (char& c : out)
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string uuid_from_random(const std::array<std::uint8_t, 16>& bytes) {
  auto b = bytes;
  b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);
  b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);
  return format(b.data());
}

std::string uuid_from_name(std::string_view name) {
  std::string input(reinterpret_cast<const char*>(sendhub_namespace), 16);
  input.append(name);
  unsigned char digest[SHA_DIGEST_LENGTH];
  SHA1(reinterpret_cast<const unsigned char*>(input.data()), input.size(), digest);
  digest[6] = static_cast<unsigned char>((digest[6] & 0x0f) | 0x50);
  digest[8] = static_cast<unsigned char>((digest[8] & 0x3f) | 0x80);
  return format(digest);
}

}  // namespace sendhub::local_offer
