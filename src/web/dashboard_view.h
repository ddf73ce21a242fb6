// What the dashboard, its exports and its printed report show, worked out once: each KPI for
// the period with its target, status, trend and quarterly series, and how figures are written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/kpi/kpi_report.h"
#include "domain/kpi/targets.h"
#include "web/dashboard_scope.h"

namespace sendhub::web {

namespace k = sendhub::kpi;

inline constexpr int dashboard_quarters = 8;

struct ShownKpi {
  k::KpiFigure figure;
  std::vector<k::Figure> by_quarter;           // oldest first
  std::vector<std::optional<double>> series;  // their values
  const k::Target* target = nullptr;
  std::optional<double> baseline;  // the figure over a reduction target's baseline period
  k::Rag rag = k::Rag::none;
  k::Trend trend = k::Trend::unknown;
};

// The quarters ending on the period's last day, oldest first.
std::vector<k::Period> quarters_to(k::Day to);
std::string quarter_label(k::Day last_day);  // "to Mar 2026"

std::vector<ShownKpi> shown_kpis(const app::kpi::LoadedArea& area, const app::kpi::KpiQuery& q,
                                 std::span<const k::Target> targets, const std::vector<k::Period>& quarters);

// The period (12 months to `to`, "" for today) and the authority; invalid_input names "to".
// Filters narrow it to some children; invalid_input names the filter that is not a known code.
Result<app::kpi::KpiQuery> dashboard_query(const app::kpi::LoadedArea& area, const std::string& la, const std::string& to,
                                           calendar::Date today, const FilterChoice& filters = {});

// The filters in words, for titles and headings: "primary need: Autistic spectrum disorder,
// postcode district: YO10" ("" for none). A code not in the lists is shown as typed.
std::string filter_words(const FilterChoice& f);

std::string_view rag_tag(k::Rag r);  // the GOV.UK tag colour for a status
std::string grouped(std::int64_t n);                                   // 1,234
std::string value_text(k::Unit unit, const k::Figure& f);              // "85.2%", "1,234", "18.3 weeks"
std::string series_text(k::Unit unit, std::optional<double> v);

// Small numbers (1 to 4) could identify a child, so anything exported or printed shows "[c]"
// (the DfE's mark) for a count of 1 to 4, or a rate whose count or total is 1 to 4.
bool small_number(k::Unit unit, const k::Figure& f);
inline constexpr std::string_view suppressed_mark = "[c]";
inline constexpr std::string_view suppression_note =
    "[c]: a number from 1 to 4, or a rate worked out from one, is not shown, to protect children's privacy.";

}  // namespace sendhub::web
