// Shared by the app-layer tests (header-only, so the store tests need not link the app layer).
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "app/identity/accounts.h"
#include "app/identity/invitations.h"

namespace sendhub::testing {

// The Actor a person acting in this role would be, loaded as the web layer loads it.
inline access::Actor load_test_actor(store::Database& db, const std::string& user_id, access::Role role) {
  access::Actor a;
  EXPECT_TRUE(db.read([&](store::Connection& c) -> Result<void> {
    auto loaded = app::load_actor(c, user_id, role);
    if (!loaded) return std::unexpected(loaded.error());
    a = *loaded;
    return {};
  }));
  return a;
}

// The first problem a use case found, "" for none, or the error it failed with.
inline std::string first_problem(const Result<std::vector<identity::FieldProblem>>& r) {
  if (!r) return "error: " + r.error().message;
  return r->empty() ? "" : r->front().message;
}

inline app::RequestContext test_context(std::int64_t now) { return {"192.0.2.9", "req", "test", now, "https://sendhub.test"}; }

}  // namespace sendhub::testing
