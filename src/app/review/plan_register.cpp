#include "app/review/plan_register.h"

#include <charconv>

#include "app/casework/caseload.h"
#include <unordered_map>

namespace sendhub::app {
namespace {

std::optional<int> year_from_code(const std::string& code) {
  if (code == "N1") return -2;
  if (code == "N2") return -1;
  if (code == "R") return 0;
  int n = 0;
  auto [end, ec] = std::from_chars(code.data(), code.data() + code.size(), n);
  if (ec != std::errc{} || end != code.data() + code.size()) return std::nullopt;
  return n;
}

void apply_event(review::PlanOnRecord& p, const std::string& type, calendar::Date on, const std::string& outcome,
                 const std::string& named_setting) {
  if (type == "review_meeting_held") {
    if (!p.last_review_held || on > *p.last_review_held) p.last_review_held = on;
  } else if (type == "amended_plan_issued") {
    if (!p.last_amended || on >= *p.last_amended) {
      p.last_amended = on;
      p.named_setting = named_setting;
    }
  } else if (type == "review_decision" && outcome == "cease") {
    p.ceased = true;
  }
}

}  // namespace

Result<std::vector<RegisteredPlan>> plans_on_record(store::Connection& c, const std::string& la_code, const std::string& setting_urn) {
  // la_code empty: a SENCO's pupils wherever their plans are kept. Built per call so each
  // query keeps to the index it needs.
  std::vector<store::Value> p;
  std::string where = " WHERE 1 = 1", review_where = " WHERE 1 = 1";
  if (!la_code.empty()) {
    p.emplace_back(la_code);
    where += " AND p.la_code = $1";
    review_where += " AND k.la_code = $1";
  }
  if (!setting_urn.empty()) {
    p.emplace_back(setting_urn);
    const std::string n = "$" + std::to_string(p.size());
    where += " AND c.setting_urn = " + n;
    review_where += " AND c.setting_urn = " + n;
  }
  auto rows = c.query(
      "SELECT p.id, p.child_id, c.given_name || ' ' || c.family_name, c.date_of_birth, COALESCE(c.setting_urn, ''), "
      "COALESCE(o.name, ''), COALESCE(u.display_name, ''), "
      "(SELECT MIN(v.plan_date) FROM plan_versions v WHERE v.plan_id = p.id AND v.status = 'final'), "
      "COALESCE((SELECT d.year_group || ' ' || substr(d.changed_at, 1, 10) FROM child_detail_versions d "
      "WHERE d.child_id = p.child_id ORDER BY d.version DESC LIMIT 1), ''), p.la_code "
      "FROM plans p JOIN children c ON c.id = p.child_id LEFT JOIN organisations o ON o.urn = c.setting_urn "
      "LEFT JOIN cases a ON a.id = p.case_id LEFT JOIN users u ON u.id = a.caseworker_user_id" + where + " ORDER BY p.id", p);
  if (!rows) return std::unexpected(rows.error());
  std::vector<RegisteredPlan> out;
  std::unordered_map<std::string, std::size_t> index;
  for (const auto& r : *rows) {
    if (r.is_null(7)) continue;  // never issued: nothing to review yet
    auto issued = calendar::parse_date(r.get_text(7));
    auto born = calendar::parse_date(r.get_text(3));
    if (!issued || !born) continue;
    RegisteredPlan plan{r.get_text(0), r.get_text(9), {}};
    auto& k = plan.record;
    k.child_id = r.get_text(1);
    k.child_name = r.get_text(2);
    k.date_of_birth = *born;
    k.setting_urn = r.get_text(4);
    k.setting_name = r.get_text(5);
    k.caseworker_name = r.get_text(6);
    k.plan_issued = *issued;
    const std::string year = r.get_text(8);  // "R 2026-09-14": the code and the day it was recorded
    if (auto space = year.find(' '); space != std::string::npos)
      if (auto code = year_from_code(year.substr(0, space)))
        if (auto on = calendar::parse_date(year.substr(space + 1))) {
          k.year_group = *code;
          k.year_group_recorded_in = review::academic_year_of(*on);
        }
    index.emplace(plan.plan_id, out.size());
    out.push_back(std::move(plan));
  }
  auto reviews = c.query(
      "SELECT r.plan_id, k.id, COALESCE(k.closed_on, ''), k.named_setting, r.meeting_on, COALESCE(e.type, ''), "
      "COALESCE(e.event_date, ''), COALESCE(e.outcome, ''), COALESCE(u.display_name, '') "
      "FROM review_meetings r JOIN cases k ON k.id = r.case_id JOIN children c ON c.id = k.child_id "
      "LEFT JOIN users u ON u.id = k.caseworker_user_id "
      "LEFT JOIN case_events e ON e.case_id = k.id AND e.type IN ('review_meeting_held', 'amended_plan_issued', 'review_decision')" +
          review_where, p);
  if (!reviews) return std::unexpected(reviews.error());
  for (const auto& r : *reviews) {
    auto at = index.find(r.get_text(0));
    if (at == index.end()) continue;
    auto& k = out[at->second].record;
    const bool open = r.get_text(2).empty();
    if (open && k.review_case_id != r.get_text(1)) {
      k.review_case_id = r.get_text(1);
      if (auto on = calendar::parse_date(r.get_text(4))) k.meeting_scheduled = *on;
    }
    if (open && r.get_text(5) == "review_meeting_held") k.meeting_scheduled.reset();  // held, not being arranged
    if (open && !r.get_text(8).empty()) k.caseworker_name = r.get_text(8);
    if (auto on = calendar::parse_date(r.get_text(6))) apply_event(k, r.get_text(5), *on, r.get_text(7), r.get_text(3));
  }
  return out;
}

Result<std::shared_ptr<const PlanRegister::Snapshot>> PlanRegister::current(store::Connection& c, const std::vector<std::string>& la_codes,
                                                                            const std::string& setting_urn) {
  auto counter = caseload_counter(c);
  if (!counter) return std::unexpected(counter.error());
  std::string key = setting_urn + "|";
  for (const auto& la : la_codes) key += la + ",";
  {
    std::lock_guard lock(mutex_);
    auto found = snapshots_.find(key);
    if (found != snapshots_.end() && found->second->counter == *counter) return found->second;
  }
  auto fresh = std::make_shared<Snapshot>();
  fresh->counter = *counter;
  if (!setting_urn.empty()) {
    auto plans = plans_on_record(c, "", setting_urn);
    if (!plans) return std::unexpected(plans.error());
    fresh->plans = std::move(*plans);
  }
  for (const auto& la : la_codes) {
    auto plans = plans_on_record(c, la);
    if (!plans) return std::unexpected(plans.error());
    std::move(plans->begin(), plans->end(), std::back_inserter(fresh->plans));
  }
  fresh->records.reserve(fresh->plans.size());
  for (const auto& p : fresh->plans) fresh->records.push_back(p.record);
  std::lock_guard lock(mutex_);
  if (snapshots_.size() > 1000) snapshots_.clear();  // one entry per authority or setting in use
  snapshots_[key] = fresh;
  return std::shared_ptr<const Snapshot>(fresh);
}

Result<std::optional<calendar::Date>> review_anchor(store::Connection& c, const std::string& plan_id) {
  const store::Value p[] = {plan_id};
  auto rows = c.query(
      "SELECT MAX(d) FROM (SELECT MIN(v.plan_date) AS d FROM plan_versions v WHERE v.plan_id = $1 AND v.status = 'final' "
      "UNION ALL SELECT MAX(e.event_date) AS d FROM case_events e JOIN review_meetings r ON r.case_id = e.case_id "
      "WHERE r.plan_id = $1 AND e.type = 'review_meeting_held') AS anchors", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty() || rows->front().is_null(0)) return std::optional<calendar::Date>{};
  auto on = calendar::parse_date(rows->front().get_text(0));
  if (!on) return fail(ErrorCode::internal, "stored date for plan " + plan_id + " does not read");
  return std::optional(*on);
}

Result<std::optional<std::string>> open_review_of(store::Connection& c, const std::string& plan_id) {
  const store::Value p[] = {plan_id};
  auto rows = c.query("SELECT r.case_id FROM review_meetings r JOIN cases k ON k.id = r.case_id "
                      "WHERE r.plan_id = $1 AND k.closed_on IS NULL", p);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<std::string>{};
  return std::optional(rows->front().get_text(0));
}

}  // namespace sendhub::app
