#include "domain/kpi/targets.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

#include <boost/json.hpp>

#include "domain/calendar/date.h"

namespace sendhub::kpi {
namespace {

namespace json = boost::json;

// Figures are ratios worked out in floating point: one that is exactly on target in decimal
// (17 of 20 is 85%) must not miss it by a rounding error.
constexpr double slack = 1e-9;

constexpr std::array<std::string_view, 8> members{"kpi",          "at_least", "at_most", "reduce_by_percent",
                                                  "amber_within", "baseline", "source",  "text"};
// In TargetKind order: a kind is its position here, in the file and in to_string.
constexpr std::array<std::string_view, 3> kinds{"at_least", "at_most", "reduce_by_percent"};

// Up to two decimal places, without trailing zeros: 85, 2.5, 0.25.
std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string amount(Unit u, double v) {
  switch (u) {
    case Unit::percent: return number_text(v) + "%";
    case Unit::count: return number_text(v);
    case Unit::weeks: return number_text(v) + (v == 1 ? " week" : " weeks");
    case Unit::per_100: return number_text(v) + " per 100";
  }
  return number_text(v);
}

std::string generated_text(const Target& t, Unit u) {
  switch (t.kind) {
    case TargetKind::at_least: return amount(u, t.value) + " or more";
    case TargetKind::at_most: return "at most " + amount(u, t.value);
    case TargetKind::reduce_by_percent:
      return number_text(t.value) + "% " + (u == Unit::count || u == Unit::per_100 ? "fewer" : "lower") + " than in " +
             calendar::format_long_date(date_of(t.baseline.from)) + " to " +
             calendar::format_long_date(date_of(t.baseline.to));
  }
  return "";
}

std::optional<double> number(const json::value& v) {
  if (!v.is_number()) return std::nullopt;
  boost::system::error_code ec;
  double d = v.to_number<double>(ec);
  if (ec || !std::isfinite(d)) return std::nullopt;
  return d;
}

// One entry of the list; every message starts with `where` so the board's editor can find it.
Result<Target> parse_entry(const json::value& item, const std::string& position, std::map<std::string, std::string>& seen) {
  auto bad = [](const std::string& where, std::string why, std::string field) {
    return fail(ErrorCode::invalid_input, where + ": " + why, std::move(field));
  };
  const auto* o = item.if_object();
  if (!o) return bad(position, "expected an object such as {\"kpi\": \"plans_issued\", \"at_least\": 50, \"source\": \"...\"}", "");
  const auto* id = o->if_contains("kpi");
  if (!id || !id->is_string()) return bad(position, "\"kpi\" is missing: give the id of the KPI, such as \"plans_issued\"", "kpi");
  Target t;
  t.kpi_id = std::string(id->as_string());
  const Definition* def = definition(t.kpi_id);
  if (!def) return bad(position, "there is no KPI called \"" + t.kpi_id + "\"", "kpi");
  const std::string where = position + " (" + t.kpi_id + ")";
  for (const auto& m : *o)
    if (std::find(members.begin(), members.end(), std::string_view(m.key())) == members.end())
      return bad(where, "\"" + std::string(m.key()) + "\" is not a target setting; the settings are kpi, at_least, at_most, "
                 "reduce_by_percent, amber_within, baseline, source and text", std::string(m.key()));
  if (auto [it, added] = seen.emplace(t.kpi_id, position); !added)
    return bad(where, "this KPI already has a target (" + it->second + "); give each KPI one target", "kpi");

  const json::value* v = nullptr;
  std::string_view kind_name;
  for (std::size_t k = 0; k < kinds.size(); ++k)
    if (const auto* found = o->if_contains(kinds[k])) {
      if (v) return bad(where, "give only one of at_least, at_most or reduce_by_percent", std::string(kinds[k]));
      v = found, kind_name = kinds[k], t.kind = static_cast<TargetKind>(k);
    }
  if (!v) return bad(where, "give one of at_least, at_most or reduce_by_percent", "");
  const std::string field(kind_name);
  auto value = number(*v);
  if (!value) return bad(where, field + " must be a number", field);
  if (*value < 0) return bad(where, field + " cannot be negative", field);
  if (t.kind == TargetKind::reduce_by_percent && *value > 100)
    return bad(where, "reduce_by_percent cannot be more than 100 (a 100% reduction leaves none)", field);
  if (t.kind != TargetKind::reduce_by_percent && def->unit == Unit::percent && *value > 100)
    return bad(where, field + " is a percentage, so it must be from 0 to 100", field);
  t.value = *value;
  if (def->higher_is_better && t.kind != TargetKind::at_least)
    return bad(where, "this KPI is better when higher, so its target must be at_least", field);
  if (!def->higher_is_better && t.kind == TargetKind::at_least)
    return bad(where, "this KPI is better when lower, so its target must be at_most or reduce_by_percent", field);

  if (const auto* a = o->if_contains("amber_within")) {
    auto amber = number(*a);
    if (!amber) return bad(where, "amber_within must be a number", "amber_within");
    if (*amber < 0) return bad(where, "amber_within cannot be negative", "amber_within");
    t.amber_within = *amber;
  }

  const auto* b = o->if_contains("baseline");
  if (t.kind != TargetKind::reduce_by_percent && b)
    return bad(where, "baseline is only for reduce_by_percent targets", "baseline");
  if (t.kind == TargetKind::reduce_by_percent) {
    const std::string example = " such as {\"from\": \"2022-09-01\", \"to\": \"2023-08-31\"}";
    if (!b || !b->is_object())
      return bad(where, "reduce_by_percent needs a baseline: the period the reduction is measured from," + example, "baseline");
    const auto& period = b->as_object();
    for (const auto& m : period)
      if (m.key() != "from" && m.key() != "to")
        return bad(where, "baseline takes only from and to, not \"" + std::string(m.key()) + "\"", "baseline");
    Day* ends[] = {&t.baseline.from, &t.baseline.to};
    for (int e = 0; e < 2; ++e) {
      const char* key = e == 0 ? "from" : "to";
      const auto* d = period.if_contains(key);
      if (!d || !d->is_string()) return bad(where, std::string("baseline needs \"") + key + "\"," + example, "baseline");
      auto date = calendar::parse_date(std::string_view(d->as_string()));
      if (!date) return bad(where, std::string("baseline ") + key + " " + date.error().message, "baseline");
      *ends[e] = day_of(*date);
    }
    if (t.baseline.to < t.baseline.from) return bad(where, "the baseline ends before it starts", "baseline");
  }

  const auto* s = o->if_contains("source");
  if (!s || !s->is_string() || s->as_string().empty())
    return bad(where, "\"source\" is missing: say where the target comes from, such as the plan and action", "source");
  t.source = std::string(s->as_string());
  if (const auto* text = o->if_contains("text")) {
    if (!text->is_string() || text->as_string().empty())
      return bad(where, "text must be words for pages, such as \"85% or more\"", "text");
    t.text = std::string(text->as_string());
  } else {
    t.text = generated_text(t, def->unit);
  }
  return t;
}

}  // namespace

std::string_view to_string(TargetKind k) { return kinds[static_cast<std::size_t>(k)]; }

Result<std::vector<Target>> parse_targets(std::string_view text) {
  // The stream parser says how far it got, so a hand-edited file's mistake can be found by line.
  json::stream_parser parser;
  boost::system::error_code ec;
  std::size_t used = parser.write(text.data(), text.size(), ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(used, text.size())), '\n');
    return fail(ErrorCode::invalid_input, "The targets are not valid JSON: " + ec.message() + " on line " + std::to_string(line));
  }
  const json::value root = parser.release();
  const auto* o = root.if_object();
  const auto* list = o ? o->if_contains("targets") : nullptr;
  if (!list || !list->is_array())
    return fail(ErrorCode::invalid_input, "The targets must be a JSON object with a \"targets\" list", "targets");
  for (const auto& m : *o)
    if (m.key() != "targets" && (m.key() != "about" || !m.value().is_string()))
      return fail(ErrorCode::invalid_input,
                  "\"" + std::string(m.key()) + "\" is not expected beside \"targets\"; only an \"about\" note may be", std::string(m.key()));
  std::vector<Target> out;
  std::map<std::string, std::string> seen;
  for (const auto& item : list->as_array()) {
    auto t = parse_entry(item, "Target " + std::to_string(out.size() + 1), seen);
    if (!t) return std::unexpected(t.error());
    out.push_back(std::move(*t));
  }
  return out;
}

const Target* target_for(std::span<const Target> targets, std::string_view kpi_id) {
  for (const auto& t : targets)
    if (t.kpi_id == kpi_id) return &t;
  return nullptr;
}

Rag rag(const Target& t, std::optional<double> current, std::optional<double> baseline_value) {
  if (!current || !std::isfinite(*current)) return Rag::no_data;
  // How far the figure is past the target, in the target's own terms: positive is better.
  double margin = 0;
  switch (t.kind) {
    case TargetKind::at_least: margin = *current - t.value; break;
    case TargetKind::at_most: margin = t.value - *current; break;
    case TargetKind::reduce_by_percent:
      if (!baseline_value || !std::isfinite(*baseline_value) || *baseline_value <= 0) return Rag::no_data;
      margin = (*baseline_value - *current) * 100 / *baseline_value - t.value;
      break;
  }
  if (margin >= -slack) return Rag::green;
  if (margin >= -t.amber_within - slack) return Rag::amber;
  return Rag::red;
}

Trend trend(std::span<const std::optional<double>> series, bool higher_is_better, double steady_within) {
  auto known = [](const std::optional<double>& v) { return v && std::isfinite(*v); };
  if (series.empty() || !known(series.back())) return Trend::unknown;
  double sum = 0;
  int n = 0;
  for (std::size_t i = series.size() - 1; i-- > 0 && n < 3;)
    if (known(series[i])) sum += *series[i], ++n;
  if (n == 0) return Trend::unknown;
  const double change = *series.back() - sum / n;
  if (std::abs(change) <= std::max(steady_within, 0.0) + slack) return Trend::steady;
  return (change > 0) == higher_is_better ? Trend::improving : Trend::worsening;
}

std::string_view to_string(Rag r) {
  switch (r) {
    case Rag::none: return "none";
    case Rag::no_data: return "no_data";
    case Rag::red: return "red";
    case Rag::amber: return "amber";
    case Rag::green: return "green";
  }
  return "";
}

std::string_view to_string(Trend t) {
  switch (t) {
    case Trend::unknown: return "unknown";
    case Trend::improving: return "improving";
    case Trend::steady: return "steady";
    case Trend::worsening: return "worsening";
  }
  return "";
}

std::string_view words(Rag r) {
  switch (r) {
    case Rag::none: return "No target";
    case Rag::no_data: return "Not enough data";
    case Rag::red: return "Off target";
    case Rag::amber: return "Close to target";
    case Rag::green: return "On target";
  }
  return "";
}

std::string_view words(Trend t) {
  switch (t) {
    case Trend::unknown: return "Not enough data";
    case Trend::improving: return "Getting better";
    case Trend::steady: return "About the same";
    case Trend::worsening: return "Getting worse";
  }
  return "";
}

}  // namespace sendhub::kpi
