// Synthetic demonstration data for `sendhub demo` and `serve --demo`. Everything here is made up;
// no real child, family or professional appears in SENDhub's repository.
#pragma once

#include <cstdint>

#include "domain/error.h"
#include "store/database.h"

namespace sendhub::app {

// Idempotent: loading twice leaves the same data as loading once.
Result<void> load_demo_data(store::Database& db);
// The authorities and the demo accounts without any cases, for tests that start from nothing.
Result<void> load_demo_people(store::Database& db);

// The small demo plus a made-up area the size of York (about 2,000 plans, 350 requests a year),
// the same for the same seed. Idempotent like load_demo_data.
Result<void> load_york_scale_demo(store::Database& db, std::uint64_t seed);

// A made-up area of any size for benchmarks (demo_england.cpp): authorities (816 and made-up
// others), plans in force, requests a year over three years, the share of new plans on time
// (per 1,000), and schools in each authority. Fails on a database that already holds one.
struct ScaleShape {
  int authorities, plans, requests_per_year, on_time_per_1000, schools_per_la;
};
ScaleShape england_shape();  // 153 authorities, about 640,000 plans, 155,000 requests a year, 46% on time
Result<void> load_scaled_demo(store::Database& db, std::uint64_t seed, const ScaleShape& shape);

// The password of every demo account (demo mode only; documented in README).
inline constexpr const char* demo_password = "demo-password-change-me";
// Demo organisations, the demo accounts listed in README, and two children.
Result<void> load_demo_accounts(store::Database& db);
// Alex's assessment at the advice stage and made-up children with requests at every stage.
Result<void> load_demo_cases(store::Database& db);
// Annual reviews of some of those plans: one being arranged, one waiting for the council's decision.
Result<void> load_demo_reviews(store::Database& db);
// Mediation, an appeal and a tribunal order (demo_disagreements.cpp), after the cases they are about.
Result<void> load_demo_disagreements(store::Database& db);
// Two complaints (demo_complaints.cpp): one from Jordan's parent, answered; one by letter, waiting.
Result<void> load_demo_complaints(store::Database& db);

}  // namespace sendhub::app
