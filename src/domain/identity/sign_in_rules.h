// The rules of signing in that do not touch storage: how long a session lives, how quickly
// repeated failures slow further attempts, and what makes an acceptable new password.
#pragma once

#include <chrono>
#include <string_view>

#include "domain/error.h"

namespace sendhub::identity {

using Time = std::chrono::system_clock::time_point;

// Staff: 30 minutes idle, 12 hours in all. Families: the same idle limit, 30 days in all, since
// they sign in rarely and only to their own child's record.
struct SessionLimits {
  std::chrono::minutes idle;
  std::chrono::hours absolute;
};
SessionLimits session_limits(bool staff);
bool session_expired(Time created, Time last_seen, Time now, bool staff);

// Failures before any delay, then the delay doubles with each further failure, up to a cap.
inline constexpr int free_failures = 5;
inline constexpr std::chrono::seconds max_backoff{15 * 60};
std::chrono::seconds backoff_after(int consecutive_failures);
// When the next attempt may be checked, for an account or an address with this record.
Time next_attempt_allowed(int consecutive_failures, Time last_failure);

// NCSC-style: long rather than complex; refuses short, very common and self-describing ones.
Result<void> check_new_password(std::string_view password, std::string_view email);

}  // namespace sendhub::identity
