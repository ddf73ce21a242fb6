// The child's and family's own words for section A of a plan, written once and reused in every
// assessment and review ("tell it once"): what people like about me, what is important to me,
// how best to support me, my hopes. Each update is kept; the newest is shown, flagged as out of
// date once it is more than 12 months old.
#pragma once

#include <optional>
#include <string>

#include "app/casework/cases.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::app {

struct FamilyViews {
  std::string like_about_me, important_to_me, support_me, my_hopes;
};

struct StoredFamilyViews {
  FamilyViews views;
  std::string author_name, submitted_on;  // YYYY-MM-DD
  bool out_of_date = false;               // written more than 12 months ago
};

// Families only (contribute_advice on their child). Problems, or nothing when saved.
Result<std::vector<identity::FieldProblem>> add_family_views(store::Database& db, const access::Actor& actor,
                                                             const std::string& child_id, const FamilyViews& views,
                                                             const RequestContext& ctx);

Result<std::optional<StoredFamilyViews>> latest_family_views(store::Database& db, const std::string& child_id,
                                                             calendar::Date today);
Result<std::optional<StoredFamilyViews>> latest_family_views(store::Connection& c, const std::string& child_id,
                                                             calendar::Date today);

}  // namespace sendhub::app
