// argon2id password hashes with the OWASP settings (19 MiB, 2 passes, 1 lane) through libsodium.
// Each hash holds 19 MiB for ~30 ms, so a semaphore sized to the core count bounds how many run
// at once: a burst of sign-ins queues instead of exhausting memory.
#pragma once

#include <semaphore>
#include <string>
#include <string_view>

#include "domain/error.h"

namespace sendhub::app {

struct HashParameters {
  unsigned long long ops_limit = 2;
  std::size_t mem_limit = 19 * 1024 * 1024;
};

class PasswordHasher {
 public:
  explicit PasswordHasher(unsigned concurrent = 0, HashParameters params = {});

  Result<std::string> hash(std::string_view password);
  bool verify(std::string_view stored_hash, std::string_view password);
  // True when a stored hash was made with other parameters and should be replaced at sign-in.
  bool needs_rehash(std::string_view stored_hash) const;
  // A hash of a random password, verified against when an email is unknown so that the answer
  // takes as long as for a real account.
  const std::string& decoy_hash() const { return decoy_; }

 private:
  HashParameters params_;
  std::counting_semaphore<64> slots_;
  std::string decoy_;
};

}  // namespace sendhub::app
