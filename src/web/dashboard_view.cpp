#include "web/dashboard_view.h"

#include "domain/kpi/breakdowns.h"

#include <array>
#include <cmath>
#include <cctype>
#include <cstdio>

namespace sendhub::web {
namespace {

std::string one_place(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::round(v * 10) / 10);
  return buf;
}

// How close two figures must be to count as "about the same".
double steady_within(k::Unit u) { return u == k::Unit::percent ? 2.0 : u == k::Unit::weeks ? 0.5 : u == k::Unit::per_100 ? 0.5 : 0.0; }

std::string lower(std::string_view s) {
  std::string out(s);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace


std::string filter_words(const FilterChoice& f) {
  std::string out;
  auto add = [&](std::string_view heading, const std::string& value) {
    if (value.empty()) return;
    std::string h(heading);
    if (!h.empty()) h[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(h[0])));
    out += (out.empty() ? "" : ", ") + h + ": " + value;
  };
  const std::pair<k::Dimension, const std::string*> coded[] = {{k::Dimension::need, &f.need},
                                                               {k::Dimension::age_band, &f.age_band},
                                                               {k::Dimension::ethnicity, &f.ethnicity},
                                                               {k::Dimension::sex, &f.sex},
                                                               {k::Dimension::setting_type, &f.setting_type}};
  for (const auto& [dim, chosen] : coded) {
    std::string meaning = *chosen;
    for (const auto& c : k::labels(dim))
      if (c.code == *chosen) meaning = std::string(c.meaning);
    add(k::heading(dim), meaning);
  }
  add("Postcode district", f.district);
  add("School (URN)", f.school);
  return out;
}

std::string grouped(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string value_text(k::Unit unit, const k::Figure& f) {
  auto v = k::value_of(unit, f);
  if (!v) return "No data";
  switch (unit) {
    case k::Unit::count: return grouped(f.numerator);
    case k::Unit::percent: return one_place(*v) + "%";
    case k::Unit::weeks: return one_place(*v) + " weeks";
    case k::Unit::per_100: return one_place(*v) + " per 100";
  }
  return "";
}

std::string quarter_label(k::Day last_day) {
  static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::chrono::year_month_day ymd{k::date_of(last_day)};
  return "to " + std::string(months[static_cast<unsigned>(ymd.month()) - 1]) + " " + std::to_string(static_cast<int>(ymd.year()));
}

// The 8 quarters ending on the period's last day, oldest first.
std::vector<k::Period> quarters_to(k::Day to) {
  std::vector<k::Period> out(dashboard_quarters);
  auto end = k::date_of(to);
  for (int i = dashboard_quarters - 1; i >= 0; --i) {
    auto start = calendar::add_days(calendar::add_months(end, -3), 1);
    out[i] = {k::day_of(start), k::day_of(end)};
    end = calendar::add_days(start, -1);
  }
  return out;
}


std::vector<ShownKpi> shown_kpis(const app::kpi::LoadedArea& area, const app::kpi::KpiQuery& q,
                                 std::span<const k::Target> targets, const std::vector<k::Period>& qs) {
  std::vector<ShownKpi> out;
  for (auto& f : k::compute_kpis(area.facts, q.period, q.filter, false)) out.push_back({std::move(f), {}, {}, nullptr, {}, {}, {}});
  for (const auto& p : qs) {
    auto by_quarter = k::compute_kpis(area.facts, p, q.filter, false);
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i].by_quarter.push_back(by_quarter[i].figure);
      out[i].series.push_back(k::value_of(out[i].figure.definition->unit, by_quarter[i].figure));
    }
  }
  for (auto& s : out) {
    const auto& d = *s.figure.definition;
    s.target = k::target_for(targets, d.id);
    if (s.target && s.target->kind == k::TargetKind::reduce_by_percent) {
      auto base = k::compute_kpis(area.facts, s.target->baseline, q.filter, false);
      for (const auto& b : base)
        if (b.definition == s.figure.definition) s.baseline = k::value_of(d.unit, b.figure);
    }
    if (s.target) s.rag = k::rag(*s.target, k::value_of(d.unit, s.figure.figure), s.baseline);
    s.trend = k::trend(s.series, d.higher_is_better, steady_within(d.unit));
  }
  return out;
}

std::string series_text(k::Unit unit, std::optional<double> v) {
  if (!v) return "No data";
  switch (unit) {
    case k::Unit::count: return grouped(static_cast<std::int64_t>(std::llround(*v)));
    case k::Unit::percent: return one_place(*v) + "%";
    case k::Unit::weeks: return one_place(*v) + " weeks";
    case k::Unit::per_100: return one_place(*v);
  }
  return "";
}


Result<app::kpi::KpiQuery> dashboard_query(const app::kpi::LoadedArea& area, const std::string& la, const std::string& to,
                                           calendar::Date today, const FilterChoice& filters) {
  auto q = app::kpi::kpi_query(area, "", to, "", today);
  if (!q) return q;
  const std::pair<k::Dimension, std::pair<const std::string*, k::CodeIndex*>> coded[] = {
      {k::Dimension::need, {&filters.need, &q->filter.need}},
      {k::Dimension::age_band, {&filters.age_band, &q->filter.age_band}},
      {k::Dimension::ethnicity, {&filters.ethnicity, &q->filter.ethnicity}},
      {k::Dimension::sex, {&filters.sex, &q->filter.sex}},
      {k::Dimension::setting_type, {&filters.setting_type, &q->filter.setting_type}}};
  for (const auto& [dim, slot] : coded) {
    if (slot.first->empty()) continue;
    *slot.second = k::code_of(dim, *slot.first);
    if (*slot.second == k::unknown)
      return fail(ErrorCode::invalid_input, "Choose a " + lower(k::heading(dim)) + " from the list", std::string(k::to_string(dim)));
  }
  if (!filters.district.empty()) {
    auto it = area.index.districts.find(filters.district);
    if (it == area.index.districts.end())
      return fail(ErrorCode::invalid_input, "No child in the record lives in postcode district " + filters.district +
                                                ": enter the first part of a postcode, like YO31", "district");
    q->filter.district = static_cast<std::uint16_t>(it->second);
  }
  if (!filters.school.empty()) {
    auto it = area.index.settings.find(filters.school);
    if (it == area.index.settings.end())
      return fail(ErrorCode::invalid_input, "No child in the record attends a school with URN " + filters.school +
                                                ": enter its 6-digit URN", "school");
    q->filter.setting = it->second;
  }
  q->la_code = la;
  // An authority with nothing recorded yet matches no child: every figure is zero, not everyone's.
  auto it = area.index.las.find(la);
  q->filter.la = static_cast<std::uint16_t>(it != area.index.las.end() ? it->second : area.facts.las.size());
  return q;
}

std::string_view rag_tag(k::Rag r) {
  switch (r) {
    case k::Rag::green: return "govuk-tag--green";
    case k::Rag::amber: return "govuk-tag--yellow";
    case k::Rag::red: return "govuk-tag--red";
    default: return "govuk-tag--grey";
  }
}

bool small_number(k::Unit unit, const k::Figure& f) {
  auto small = [](std::int64_t n) { return n >= 1 && n <= 4; };
  return small(f.numerator) || (unit != k::Unit::count && small(f.denominator));
}

}  // namespace sendhub::web
