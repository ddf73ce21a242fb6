// Who may see the review-planning lists, and the plans they cover: the council SEN team's whole
// authority, or a SENCO's own pupils.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/review/plan_register.h"
#include "web/session_support.h"

namespace sendhub::web {

struct ReviewListAccess {
  SignedIn who;
  std::vector<std::string> la_codes;  // council: these authorities' plans
  std::string setting_urn;            // SENCO: pupils placed here
};

// Nothing when nobody is signed in; not_found for anyone else but the council team or a SENCO.
Result<std::optional<ReviewListAccess>> review_list_access(Site& site, const Request& req);
// The plans they cover, from the server's in-memory register.
Result<std::shared_ptr<const app::PlanRegister::Snapshot>> registered_plans(Site& site, const ReviewListAccess& access);

Result<void> add_review_list_pages(Site& site);

}  // namespace sendhub::web
