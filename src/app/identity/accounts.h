// People who can sign in, and the relationships that decide what they may see: memberships of
// organisations (with a role), links to children for families, and time-limited involvements in
// cases for professionals.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/access/policy.h"
#include "domain/error.h"
#include "store/database.h"

namespace sendhub::app {

struct Account {
  std::string id;
  std::string email;  // stored lower-case
  std::string display_name;
  std::string password_hash;
  bool is_demo = false;
  bool disabled = false;
  bool has_two_factor = false;
};

std::string normalise_email(std::string_view email);

Result<std::optional<Account>> find_account_by_email(store::Connection& c, std::string_view email);
Result<void> save_password_hash(store::Connection& c, const std::string& user_id, const std::string& hash);

// The role a person acts as by default: their first membership, or their family link.
Result<std::optional<access::Role>> default_role(store::Connection& c, const std::string& user_id);

// Everything the access decision needs about this person acting in this role.
// display_name, when given, receives the person's name from the same read.
Result<access::Actor> load_actor(store::Connection& c, const std::string& user_id, access::Role role,
                                 std::string* display_name = nullptr);

// The columns of `children c` that the access decision needs, for a query to select (six of
// them), and the resource they make, starting at column `first` of a row.
extern const char* const child_resource_columns;
access::Resource child_resource_from(const store::Row& row, int first);

// A child's facts that the access decision needs.
Result<std::optional<access::Resource>> load_child_resource(store::Connection& c, const std::string& child_id);

}  // namespace sendhub::app
