#include "app/sen2/sen2_export.h"

#include <map>

#include "app/clock.h"
#include "app/identity/audit_trail.h"
#include "app/kpi/area_loader.h"
#include "domain/kpi/case_facts.h"
#include "domain/sen2/sen2_xml.h"

namespace sendhub::app {
namespace {

using calendar::Date;
namespace k = sendhub::kpi;

struct ChildRow {
  std::string surname, forename, upn, postcode, sex, ethnicity, primary_need, secondary_need;
  std::optional<Date> born;
  std::string urn, setting_type, setting_name;
};

struct PlanRow {
  std::string id, child_id, case_id;
  std::optional<Date> first_final, latest_final, ceased, last_review;
  std::string cease_reason, review_outcome;  // SEN2 codes
};

std::optional<Date> date_of(k::Day d) { return d == k::no_day ? std::nullopt : std::optional<Date>(k::date_of(d)); }
std::optional<Date> parsed(const std::string& s) {
  auto d = calendar::parse_date(s);
  return d ? std::optional<Date>(*d) : std::nullopt;
}
bool by(std::optional<Date> d, Date day) { return d && *d <= day; }

// Where the child is educated: the school's URN, and SEN2's setting code. The 2024 schema asks
// for a setting code on every placement, so a school with a URN is "OTH" with its name.
void placement_of(const ChildRow& c, std::optional<std::string>& urn, std::string& setting, std::optional<std::string>& other,
                  bool& resourced) {
  static const std::map<std::string, std::string> codes{{"early_years", "EYP"}, {"elective_home", "EHE"}, {"neet", "NEET"}};
  if (!c.urn.empty()) urn = c.urn;
  resourced = c.setting_type == "resourced_provision";
  if (auto it = codes.find(c.setting_type); it != codes.end()) {
    setting = it->second;
  } else if (!c.urn.empty()) {
    setting = "OTH";
    other = c.setting_name;
  }
}

Result<std::map<std::string, ChildRow>> read_children(store::Connection& c, std::span<const store::Value> la) {
  auto rows = c.query("SELECT c.id, c.family_name, c.given_name, c.date_of_birth, COALESCE(c.setting_urn, ''), COALESCE(o.setting_type, ''), "
                      "COALESCE(o.name, ''), COALESCE(d.upn, ''), COALESCE(d.postcode, ''), COALESCE(d.sex, ''), COALESCE(d.ethnicity, ''), "
                      "COALESCE(d.primary_need, ''), COALESCE(d.secondary_need, '') FROM children c "
                      "LEFT JOIN child_detail_versions d ON d.child_id = c.id AND d.version = "
                      "(SELECT max(x.version) FROM child_detail_versions x WHERE x.child_id = c.id) "
                      "LEFT JOIN organisations o ON o.urn = c.setting_urn WHERE c.la_code = $1",
                      la);
  if (!rows) return std::unexpected(rows.error());
  std::map<std::string, ChildRow> out;
  for (const auto& r : *rows) {
    ChildRow& row = out[r.get_text(0)];
    row.surname = r.get_text(1), row.forename = r.get_text(2), row.born = parsed(r.get_text(3));
    row.urn = r.get_text(4), row.setting_type = r.get_text(5), row.setting_name = r.get_text(6);
    row.upn = r.get_text(7), row.postcode = r.get_text(8), row.sex = r.get_text(9), row.ethnicity = r.get_text(10);
    row.primary_need = r.get_text(11), row.secondary_need = r.get_text(12);
  }
  return out;
}

Result<std::vector<PlanRow>> read_plans(store::Connection& c, std::span<const store::Value> la, Date census) {
  const store::Value p[] = {la[0], calendar::format_date(census)};
  auto rows = c.query("SELECT p.id, p.child_id, COALESCE(p.case_id, ''), min(v.plan_date), max(v.plan_date) FROM plans p "
                      "JOIN plan_versions v ON v.plan_id = p.id AND v.status = 'final' AND v.plan_date <= $2 "
                      "WHERE p.la_code = $1 GROUP BY p.id, p.child_id, p.case_id ORDER BY p.id", p);
  if (!rows) return std::unexpected(rows.error());
  std::vector<PlanRow> out;
  std::map<std::string, std::size_t> at;
  for (const auto& r : *rows) {
    at[r.get_text(0)] = out.size();
    out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), parsed(r.get_text(3)), parsed(r.get_text(4)), {}, {}, "", ""});
  }
  // Each review held by census day, in date order: the last one held says how the plan stands.
  auto reviews = c.query("SELECT rm.plan_id, e.type, e.event_date, e.outcome, rm.cease_reason FROM review_meetings rm "
                         "JOIN case_events e ON e.case_id = rm.case_id JOIN plans p ON p.id = rm.plan_id "
                         "WHERE p.la_code = $1 AND e.event_date <= $2 AND e.type IN ('review_meeting_held', 'review_decision') "
                         "ORDER BY e.event_date, e.case_id, e.sequence", p);
  if (!reviews) return std::unexpected(reviews.error());
  static const std::map<std::string, std::string> outcomes{{"maintain", "M"}, {"amend", "A"}, {"cease", "C"}};
  for (const auto& r : *reviews) {
    auto it = at.find(r.get_text(0));
    if (it == at.end()) continue;
    PlanRow& plan = out[it->second];
    if (r.get_text(1) == "review_meeting_held") {
      plan.last_review = parsed(r.get_text(2));
      plan.review_outcome.clear();
    } else if (auto o = outcomes.find(r.get_text(3)); o != outcomes.end()) {
      plan.review_outcome = o->second;
      if (o->first == "cease" && !plan.ceased) plan.ceased = parsed(r.get_text(2)), plan.cease_reason = r.get_text(4);
    }
  }
  return out;
}

sen2::Person person_of(const std::string& id, const ChildRow& c) {
  sen2::Person p;
  p.child_ref = id;
  p.surname = c.surname, p.forename = c.forename, p.birth_date = c.born;
  p.sex = c.sex, p.ethnicity = c.ethnicity, p.postcode = c.postcode;
  if (!c.upn.empty()) p.upn = c.upn;
  return p;
}

// The request's SEN2 items as they stood on census day.
sen2::Request request_of(const k::RequestFacts& f, Date census, Date year_start) {
  sen2::Request r;
  r.received_date = date_of(f.received);
  const bool historical = f.received < k::day_of(year_start);
  const bool decided = f.decided != k::no_day && f.decided <= k::day_of(census);
  const bool withdrawn = f.withdrawn != k::no_day && f.withdrawn <= k::day_of(census);
  if (historical) r.outcome = "H";
  else if (decided) r.outcome = f.assess ? "Y" : "N";
  else if (withdrawn) r.outcome = "W";
  else r.outcome = "A";
  if (decided) r.outcome_date = date_of(f.decided);
  else if (withdrawn) r.outcome_date = date_of(f.withdrawn);
  if (!(decided && f.assess)) return r;
  sen2::Assessment a;
  const auto census_day = k::day_of(census);
  if (historical) a.outcome = "H";
  else if (f.final_issued != k::no_day && f.final_issued <= census_day) a.outcome = "Y", a.outcome_date = date_of(f.final_issued);
  else if (f.not_issued != k::no_day && f.not_issued <= census_day) a.outcome = "N", a.outcome_date = date_of(f.not_issued);
  else if (withdrawn) a.outcome = "W", a.outcome_date = date_of(f.withdrawn);
  else a.outcome = "A";
  if (historical && f.final_issued != k::no_day) a.outcome_date = date_of(f.final_issued);
  a.week20 = f.exception;
  r.assessment = a;
  return r;
}

void add_plan(sen2::Request& r, const PlanRow& plan, const ChildRow& child, Date census) {
  if (!r.assessment) r.assessment = sen2::Assessment{"H"};
  sen2::NamedPlan named;
  named.start_date = plan.first_final;
  sen2::PlanDetail detail;
  placement_of(child, detail.urn, detail.sen_setting, detail.sen_setting_other, detail.resourced_provision);
  named.plan_details.push_back(detail);
  if (by(plan.ceased, census)) {
    named.cease_date = plan.ceased;
    if (!plan.cease_reason.empty()) named.cease_reason = plan.cease_reason;
  }
  r.assessment->named_plan = named;
  if (by(plan.ceased, census)) return;
  sen2::ActivePlan active;
  sen2::PlacementDetail place;
  placement_of(child, place.urn, place.sen_setting, place.sen_setting_other, place.resourced_provision);
  place.entry_date = plan.latest_final;  // the plan naming this placement was issued
  active.placements.push_back(place);
  if (!child.primary_need.empty()) active.needs.push_back({child.primary_need, 1});
  if (!child.secondary_need.empty()) active.needs.push_back({child.secondary_need, 2});
  active.review_meeting = plan.last_review;
  active.last_review = plan.last_review;
  if (!plan.review_outcome.empty()) active.review_outcome = plan.review_outcome;
  r.active_plan = active;
}

}  // namespace

Result<Sen2Export> export_sen2(store::Database& db, const std::string& la_code, Date census, std::int64_t now, const std::string& source,
                               const std::string& user_id, const std::string& role) {
  Sen2Export out;
  const auto ymd = std::chrono::year_month_day{census};
  const Date year_start = std::chrono::sys_days{(ymd.year() - std::chrono::years{1}) / std::chrono::January / 1};
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const store::Value la[] = {la_code};
    auto known = c.query("SELECT 1 FROM local_authorities WHERE code = $1", la);
    if (!known) return std::unexpected(known.error());
    if (known->empty()) return fail(ErrorCode::invalid_input, "There is no local authority " + la_code + " in this record", "la");
    auto children = read_children(c, la);
    if (!children) return std::unexpected(children.error());
    auto plans = read_plans(c, la, census);
    if (!plans) return std::unexpected(plans.error());
    auto cases = kpi::read_cases(c, " WHERE k.la_code = $1 AND k.process = 'ehc_needs_assessment'", la);
    if (!cases) return std::unexpected(cases.error());
    // By child; a request outside the year stays only if a plan in scope came from it.
    struct Pending {
      sen2::Request request;
      bool in_scope;
    };
    std::map<std::string, std::vector<Pending>> requests;
    std::map<std::string, std::pair<std::string, std::size_t>> request_of_case;
    for (auto& [case_id, rows] : *cases) {
      auto facts = k::case_facts(rows.history, 0, census);
      if (!facts || !facts->request || facts->request->received == k::no_day || facts->request->received > k::day_of(census)) continue;
      const auto& f = *facts->request;
      const bool in_year = f.received >= k::day_of(year_start);
      const bool open = (f.decided == k::no_day || f.assess) && f.final_issued == k::no_day && f.not_issued == k::no_day &&
                        f.withdrawn == k::no_day;
      const bool ended_in_year = (f.not_issued != k::no_day && f.not_issued >= k::day_of(year_start)) ||
                                 (f.decided != k::no_day && !f.assess && f.decided >= k::day_of(year_start));
      auto& list = requests[rows.child_id];
      request_of_case[case_id] = {rows.child_id, list.size()};
      list.push_back({request_of(f, census, year_start), in_year || open || ended_in_year});
    }
    for (const auto& plan : *plans) {
      const bool in_scope = !plan.ceased || *plan.ceased >= year_start;
      auto child = children->find(plan.child_id);
      if (!in_scope || child == children->end()) continue;
      auto linked = request_of_case.find(plan.case_id);
      if (linked != request_of_case.end()) {
        auto& pending = requests[linked->second.first][linked->second.second];
        pending.in_scope = true;
        add_plan(pending.request, plan, child->second, census);
      } else {  // a plan made before SENDhub (imported): its request is historical
        sen2::Request r;
        r.outcome = "H";
        add_plan(r, plan, child->second, census);
        requests[plan.child_id].push_back({r, true});
      }
    }
    out.sen2_return.header.year = static_cast<int>(ymd.year());
    out.sen2_return.header.reference_date = census;
    out.sen2_return.header.lea = la_code;
    out.sen2_return.header.software_code = "SENDhub";
    out.sen2_return.header.serial_no = "001";
    const auto made = std::chrono::sys_seconds(std::chrono::seconds(now));
    const auto day = std::chrono::floor<std::chrono::days>(made);
    const std::chrono::hh_mm_ss time{made - day};
    out.sen2_return.header.date_time = sen2::DateTime{day, static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                                                      static_cast<int>(time.seconds().count())};
    out.sen2_return.header.dmo = "Y";
    out.sen2_return.header.dco = "Y";
    std::vector<audit::AuditEntry> read;
    for (auto& [child_id, list] : requests) {
      auto person = person_of(child_id, children->count(child_id) ? children->at(child_id) : ChildRow{});
      for (auto& pending : list)
        if (pending.in_scope) person.requests.push_back(std::move(pending.request));
      if (person.requests.empty() || !children->count(child_id)) continue;
      out.sen2_return.persons.push_back(std::move(person));
      audit::AuditEntry e;
      e.actor_user_id = user_id;
      e.actor_role = role;
      e.action = "sen2.export";
      e.child_id = child_id;
      e.la_code = la_code;
      e.outcome = "succeeded";
      e.source = source;
      e.detail = "census " + calendar::format_date(census);
      read.push_back(std::move(e));
    }
    return append_audit_entries(c, std::move(read));
  });
  if (!ok) return std::unexpected(ok.error());
  out.problems = sen2::check_sen2(out.sen2_return);
  out.xml = sen2::write_sen2_xml(out.sen2_return);
  return out;
}

}  // namespace sendhub::app
