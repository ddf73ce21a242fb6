// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP), HMAC-SHA-1, 6 digits, 30-second
// steps: what every authenticator app supports. Secrets are exchanged as base32 (RFC 4648).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace sendhub::identity {

inline constexpr int totp_digits = 6;
inline constexpr std::chrono::seconds totp_step{30};

std::string base32_encode(std::string_view bytes);
Result<std::string> base32_decode(std::string_view text);  // ignores spaces and case, no padding needed

// HOTP value for one counter, zero-padded to `digits`.
std::string hotp(std::string_view secret, std::uint64_t counter, int digits = totp_digits);
std::uint64_t totp_step_at(std::chrono::system_clock::time_point now);

// The step a code matches, allowing one step of clock drift either way, and never a step at or
// before last_used_step (so an overheard code cannot be replayed).
std::optional<std::uint64_t> verify_totp(std::string_view secret, std::string_view code,
                                         std::chrono::system_clock::time_point now,
                                         std::optional<std::uint64_t> last_used_step);

// otpauth:// URI for enrolling an authenticator app.
std::string totp_uri(std::string_view issuer, std::string_view account, std::string_view secret);

}  // namespace sendhub::identity
