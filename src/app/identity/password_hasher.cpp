#include "app/identity/password_hasher.h"

#include <sodium.h>

#include <algorithm>
#include <thread>

namespace sendhub::app {
namespace {

class Slot {
 public:
  explicit Slot(std::counting_semaphore<64>& s) : s_(s) { s_.acquire(); }
  ~Slot() { s_.release(); }
  Slot(const Slot&) = delete;
  Slot& operator=(const Slot&) = delete;

 private:
  std::counting_semaphore<64>& s_;
};

std::ptrdiff_t slot_count(unsigned requested) {
  unsigned n = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<std::ptrdiff_t>(std::min(n, 64u));
}

}  // namespace

PasswordHasher::PasswordHasher(unsigned concurrent, HashParameters params)
    : params_(params), slots_(slot_count(concurrent)) {
  unsigned char random[32];
  randombytes_buf(random, sizeof random);
  auto decoy = hash(std::string_view(reinterpret_cast<const char*>(random), sizeof random));
  decoy_ = decoy ? *decoy : std::string();
}

Result<std::string> PasswordHasher::hash(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  Slot slot(slots_);
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), params_.ops_limit, params_.mem_limit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    return fail(ErrorCode::unavailable, "not enough memory to hash a password; try again");
  return std::string(out);
}

bool PasswordHasher::verify(std::string_view stored, std::string_view password) {
  std::string hash(stored);  // libsodium wants a NUL-terminated string
  Slot slot(slots_);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool PasswordHasher::needs_rehash(std::string_view stored) const {
  std::string hash(stored);
  return crypto_pwhash_str_needs_rehash(hash.c_str(), params_.ops_limit, params_.mem_limit) != 0;
}

}  // namespace sendhub::app
