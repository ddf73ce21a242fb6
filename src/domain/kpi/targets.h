// What the partnership board aims for on each KPI, and how a figure stands against it. Targets
// are data (config/kpi_targets.json, read by the app layer and passed in as text) so the board
// can change one without a release, and each carries where it came from, because a status
// means little if nobody can say who set the bar. Pages show the target, the current figure,
// a red/amber/green status and the direction of travel, in the plain words below.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/error.h"
#include "domain/kpi/compute.h"

namespace sendhub::kpi {

enum class TargetKind {
  at_least,           // the figure should be `value` or more
  at_most,            // the figure should be `value` or less
  reduce_by_percent,  // the figure should fall by `value`% from its level over `baseline`
};
std::string_view to_string(TargetKind k);

// none: no target set. no_data: a target, but no figure to compare (nothing counted yet, or for
// a reduction, no baseline figure or a baseline of 0), kept apart so a page never says
// "No target" beside the target it has.
enum class Rag { none, no_data, red, amber, green };
enum class Trend { unknown, improving, steady, worsening };

struct Target {
  std::string kpi_id;
  TargetKind kind = TargetKind::at_least;
  double value = 0;         // in the KPI's unit; for reduce_by_percent, the percentage reduction
  double amber_within = 0;  // how far short still counts as amber, in the KPI's unit (for
                            // reduce_by_percent, in percentage points of reduction); 0: no amber
  Period baseline;          // reduce_by_percent only: the period the reduction is measured from
  std::string source;       // where the target comes from, e.g. "York SEND operational plan 2023-25, action 2.5"
  std::string text;         // how pages say it, e.g. "85% or more"; generated when the file gives none
};

// Targets from JSON such as
//   {"targets": [
//     {"kpi": "within_20_weeks_excluding_exceptions", "at_least": 85, "amber_within": 5, "source": "..."},
//     {"kpi": "mediations_per_100_appealable", "reduce_by_percent": 60,
//      "baseline": {"from": "2022-09-01", "to": "2023-08-31"}, "amber_within": 20, "source": "..."}]}
// Each target has "kpi", "source" and exactly one of at_least, at_most or reduce_by_percent;
// "amber_within" (default 0) and "text" are optional, and "baseline" belongs to reductions only.
// The top level may also hold an "about" string. The first problem is reported, naming the entry
// by its position counting from 1 ("Target 3 (tribunals_per_100_appealable): ..."), and any
// member not listed here is refused, so a misspelt one is not silently ignored. A target must
// point the same way as its KPI (a floor only for higher-is-better KPIs), so the status and the
// direction of travel can never disagree about what "better" means.
Result<std::vector<Target>> parse_targets(std::string_view json);

// The target for a KPI, or nullptr.
const Target* target_for(std::span<const Target> targets, std::string_view kpi_id);

// Status of the current figure against the target. For reduce_by_percent, baseline_value is the
// KPI over the target's baseline period.
Rag rag(const Target& t, std::optional<double> current, std::optional<double> baseline_value = std::nullopt);

// Direction of travel over a series, oldest first, with gaps (periods with no figure) allowed.
// The latest figure is compared with the mean of up to 3 known figures before it, so one odd
// quarter does not flip the arrow; within steady_within (in the KPI's unit) it is "steady".
// Unknown when the latest period has no figure (an arrow beside "No data" would describe old
// news) or when no earlier figure is known.
Trend trend(std::span<const std::optional<double>> series, bool higher_is_better, double steady_within);

std::string_view to_string(Rag r);    // "none", "no_data", "red", "amber", "green"
std::string_view to_string(Trend t);  // "unknown", "improving", "steady", "worsening"
// For pages: "On target", "Close to target", "Off target", "No target", "Not enough data".
std::string_view words(Rag r);
// For pages: "Getting better", "About the same", "Getting worse", "Not enough data".
std::string_view words(Trend t);

}  // namespace sendhub::kpi
