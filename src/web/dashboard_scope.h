// Which authority's figures a dashboard request is for, and whether the person may see them:
// one of their own authorities that the access policy lets them see the figures of.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/session_support.h"

namespace sendhub::web {

struct DashboardScope {
  SignedIn who;
  std::vector<std::string> las;  // every authority the person may see the figures of
  std::string la;                // the one asked for (the first when none was)
  std::string to;                // the period's last day as typed, "" for today
  bool sees_cases = false;       // the council SEN team: drill-down to the records behind a figure
};

// Nothing when nobody is signed in; not_found for anyone without figures for the authority.
Result<std::optional<DashboardScope>> dashboard_scope(Site& site, const Request& req, access::Action action);

}  // namespace sendhub::web
