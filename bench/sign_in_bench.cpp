// argon2id as SENDhub uses it for sign-in: time to hash and to verify one password, and a burst
// of concurrent sign-ins through the bounded hasher, with the process's peak memory.
//   build/release/bench/sign_in_bench [BURST]
#include <sodium.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include "app/identity/password_hasher.h"

using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

long peak_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  const int burst = argc > 1 ? std::atoi(argv[1]) : 64;
  sendhub::app::PasswordHasher hasher;  // one slot a core
  auto stored = hasher.hash("demo-password-change-me");
  if (!stored) return 1;

  const int rounds = 20;
  auto t = Clock::now();
  for (int i = 0; i < rounds; ++i) (void)hasher.hash("demo-password-change-me");
  const double hash_ms = ms_since(t) / rounds;
  t = Clock::now();
  for (int i = 0; i < rounds; ++i) (void)hasher.verify(*stored, "demo-password-change-me");
  const double verify_ms = ms_since(t) / rounds;

  // A burst of sign-ins at once: each verify holds 19 MiB, but only as many run as there are slots.
  std::vector<std::thread> threads;
  t = Clock::now();
  for (int i = 0; i < burst; ++i) threads.emplace_back([&] { (void)hasher.verify(*stored, "wrong password"); });
  for (auto& th : threads) th.join();
  const double burst_ms = ms_since(t);

  std::printf("hash_ms %.1f\nverify_ms %.1f\nburst %d\nburst_total_ms %.0f\nburst_per_second %.1f\npeak_rss_mib %ld\n"
              "slots %u\n", hash_ms, verify_ms, burst, burst_ms, burst / (burst_ms / 1000.0), peak_rss_mib(),
              std::max(1u, std::thread::hardware_concurrency()));
  return 0;
}
