// Which authority's figures a dashboard request is for, and whether the person may see them:
// one of their own authorities that the access policy lets them see the figures of.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/session_support.h"

namespace sendhub::web {

// The filters as asked for ("" for any): DfE codes for need, sex and ethnicity, the dashboard's
// codes for age band and where educated, a postcode district and a school's URN.
struct FilterChoice {
  std::string need, age_band, ethnicity, sex, setting_type, district, school;
  bool any() const { return !(need + age_band + ethnicity + sex + setting_type + district + school).empty(); }
};

struct DashboardScope {
  SignedIn who;
  std::vector<std::string> las;  // every authority the person may see the figures of
  std::string la;                // the one asked for (the first when none was)
  std::string to;                // the period's last day as typed, "" for today
  bool sees_cases = false;       // the council SEN team: drill-down to the records behind a figure
  FilterChoice filters;
  // "la=…&to=…&need=…" to carry the same choices to another dashboard page.
  std::string query(const std::string& period_to) const;
};

// Nothing when nobody is signed in; not_found for anyone without figures for the authority.
Result<std::optional<DashboardScope>> dashboard_scope(Site& site, const Request& req, access::Action action);

}  // namespace sendhub::web
