#include "domain/identity/sign_in_rules.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace sendhub::identity {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The most common passwords of 12 characters or more in public breach lists.
constexpr std::string_view common[] = {
    "password1234", "123456789012", "qwertyuiop12", "passwordpassword", "iloveyou1234",
    "1234567890123", "qwertyuiopasdfgh", "password12345", "letmein12345", "welcome12345",
    "administrator", "changemenow1", "sendhubsendhub",
};

}  // namespace

SessionLimits session_limits(bool staff) {
  return staff ? SessionLimits{std::chrono::minutes(30), std::chrono::hours(12)}
               : SessionLimits{std::chrono::minutes(30), std::chrono::hours(24 * 30)};
}

bool session_expired(Time created, Time last_seen, Time now, bool staff) {
  auto limits = session_limits(staff);
  return now - last_seen >= limits.idle || now - created >= limits.absolute;
}

std::chrono::seconds backoff_after(int failures) {
  if (failures < free_failures) return std::chrono::seconds(0);
  int doublings = failures - free_failures;  // 5 failures: 1 s, 6: 2 s, 7: 4 s …
  if (doublings >= 10) return max_backoff;
  return std::min(max_backoff, std::chrono::seconds(1LL << doublings));
}

Time next_attempt_allowed(int failures, Time last_failure) { return last_failure + backoff_after(failures); }

Result<void> check_new_password(std::string_view password, std::string_view email) {
  if (password.size() < 12)
    return fail(ErrorCode::invalid_input, "Password must be 12 characters or more", "password");
  if (password.size() > 256)
    return fail(ErrorCode::invalid_input, "Password must be 256 characters or fewer", "password");
  auto p = lower(password);
  for (auto c : common)
    if (p == c) return fail(ErrorCode::invalid_input, "Choose a password that is harder to guess", "password");
  auto local = lower(email.substr(0, email.find('@')));
  if (!local.empty() && local.size() >= 4 && p.find(local) != std::string::npos)
    return fail(ErrorCode::invalid_input, "Password must not contain your email address", "password");
  if (std::all_of(p.begin(), p.end(), [&](char c) { return c == p[0]; }))
    return fail(ErrorCode::invalid_input, "Choose a password that is harder to guess", "password");
  return {};
}

}  // namespace sendhub::identity
