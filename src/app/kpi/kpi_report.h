// The KPIs for a period as JSON, each with its definition, for `sendhub kpi --json` and the
// dashboard's data API. Values are exact fractions (numerator, denominator) as well as the
// figure, so a script can add areas up without rounding errors.
#pragma once

#include <boost/json.hpp>

#include "app/kpi/area_loader.h"
#include "domain/kpi/compute.h"

namespace sendhub::app::kpi {

struct KpiQuery {
  k::Period period;
  k::Filter filter;
  std::string la_code;  // as asked for, "" for every authority
  k::Scope scope = k::Scope::every_kpi;  // or the board's headline KPIs by authority and need
};

// from/to as YYYY-MM-DD ("" for the 12 months to today); la "" for all. invalid_input names the
// option at fault ("from", "to", "la").
Result<KpiQuery> kpi_query(const LoadedArea& area, const std::string& from, const std::string& to, const std::string& la,
                           calendar::Date today);

boost::json::object kpi_json(const LoadedArea& area, const KpiQuery& query);

}  // namespace sendhub::app::kpi
