#include "app/kpi/area_loader.h"

#include "app/casework/cases.h"
#include "domain/kpi/breakdowns.h"
#include "domain/identifiers/identifiers.h"
#include "domain/kpi/case_facts.h"
#include "domain/kpi/child_copies.h"
#include "domain/plan/plan_json.h"

namespace sendhub::app::kpi {
namespace {

using k::Dimension;
using k::removed;

std::uint32_t intern(std::unordered_map<std::string, std::uint32_t>& index, std::vector<std::string>& table, const std::string& key) {
  if (key.empty()) return 0;
  auto [it, fresh] = index.emplace(key, static_cast<std::uint32_t>(table.size()));
  if (fresh) table.push_back(key);
  return it->second;
}

// Which kind of organisation gives each kind of advice, to say who was asked.
bool gives(statutory::Adviser a, const std::string& kind) {
  using A = statutory::Adviser;
  if (a == A::health) return kind == "nhs";
  if (a == A::social_care) return kind == "social_care";
  if (a == A::education || a == A::psychology || a == A::preparing_for_adulthood) return kind == "local_authority" || kind == "school";
  return false;
}

constexpr const char* child_sql =
    "SELECT c.id, c.la_code, c.date_of_birth, COALESCE(c.setting_urn, ''), COALESCE(o.setting_type, ''), COALESCE(d.postcode, ''), "
    "COALESCE(d.sex, ''), COALESCE(d.ethnicity, ''), COALESCE(d.primary_need, '') FROM children c "
    "LEFT JOIN child_detail_versions d ON d.child_id = c.id AND d.version = "
    "(SELECT max(x.version) FROM child_detail_versions x WHERE x.child_id = c.id) "
    "LEFT JOIN organisations o ON o.urn = c.setting_urn";

void set_child(LoadedArea& area, const store::Row& r) {
  auto& facts = area.facts;
  auto& index = area.index;
  const std::string id = r.get_text(0);
  auto [it, fresh] = index.children.emplace(id, static_cast<std::uint32_t>(facts.children.size()));
  if (fresh) {
    facts.children.emplace_back();
    index.child_ids.push_back(id);
  }
  k::ChildFacts& c = facts.children[it->second];
  facts.copies.in_step = false;  // the records' copies of this child are now out of date
  auto born = calendar::parse_date(r.get_text(2));
  c.born = born ? k::day_of(*born) : k::no_day;
  c.la = static_cast<std::uint16_t>(intern(index.las, facts.las, r.get_text(1)));
  c.setting = intern(index.settings, facts.settings, r.get_text(3));
  c.setting_type = k::code_of(Dimension::setting_type, r.get_text(4));
  c.district = static_cast<std::uint16_t>(intern(index.districts, facts.districts, identifiers::postcode_district(r.get_text(5))));
  c.sex = k::code_of(Dimension::sex, r.get_text(6));
  c.ethnicity = k::code_of(Dimension::ethnicity, r.get_text(7));
  c.need = k::code_of(Dimension::need, r.get_text(8));
}

std::uint32_t child_index(LoadedArea& area, const std::string& child_id) {
  auto it = area.index.children.find(child_id);
  if (it != area.index.children.end()) return it->second;
  area.index.children.emplace(child_id, static_cast<std::uint32_t>(area.facts.children.size()));
  area.facts.children.emplace_back();  // details follow in the same feed
  area.index.child_ids.push_back(child_id);
  return area.index.children[child_id];
}

// Puts a case's facts in its slot, replacing what was there.
void place_case(LoadedArea& area, const std::string& case_id, CaseRows& rows, calendar::Date today) {
  auto& facts = area.facts;
  auto& index = area.index;
  CaseSlot& slot = index.cases[case_id];
  slot.child = child_index(area, rows.child_id);
  for (auto i : slot.advice) facts.advice[i].request = removed;
  for (auto i : slot.appealable) facts.appealable[i].child = removed;
  if (slot.choice >= 0) facts.choices[static_cast<std::size_t>(slot.choice)].child = removed;
  slot.advice.clear();
  slot.appealable.clear();
  auto got = k::case_facts(rows.history, slot.child, today);
  if (!got) {
    ++index.histories_rejected;
    return;
  }
  auto put = [](auto& vec, std::int32_t& at, const auto& value) {
    if (at < 0) {
      at = static_cast<std::int32_t>(vec.size());
      vec.push_back(value);
    } else {
      vec[static_cast<std::size_t>(at)] = value;
    }
  };
  if (got->request) {
    const bool fresh = slot.request < 0;
    put(facts.requests, slot.request, *got->request);
    if (fresh) index.case_ids_of_requests.push_back(case_id);
  }
  if (got->review) put(facts.reviews, slot.review, *got->review);
  if (got->transfer) put(facts.transfers, slot.transfer, *got->transfer);
  if (got->disagreement) put(facts.disagreements, slot.disagreement, *got->disagreement);
  for (auto a : got->advice) {
    a.request = static_cast<std::uint32_t>(slot.request);
    for (const auto& [kind, name] : rows.organisations)
      if (gives(a.adviser, kind)) {
        a.organisation = intern(index.organisations, facts.organisations, name);
        break;
      }
    slot.advice.push_back(static_cast<std::uint32_t>(facts.advice.size()));
    facts.advice.push_back(a);
  }
  if (auto choice = k::school_choice_facts(rows.history, slot.child, rows.school_wanted, rows.school_named)) put(facts.choices, slot.choice, *choice);
  for (k::Day day : got->appealable) {
    slot.appealable.push_back(static_cast<std::uint32_t>(facts.appealable.size()));
    facts.appealable.push_back({slot.child, day});
  }
}

// Plans with a final version, and the date a review decided to cease them.
Result<void> read_plans(store::Connection& c, LoadedArea& area, const std::string& where, std::span<const store::Value> p) {
  auto& facts = area.facts;
  auto& index = area.index;
  auto plans = c.query("SELECT p.id, p.child_id, min(v.plan_date) FROM plans p JOIN plan_versions v ON v.plan_id = p.id "
                       "AND v.status = 'final'" + where + " GROUP BY p.id, p.child_id", p);
  if (!plans) return std::unexpected(plans.error());
  for (const auto& r : *plans) {
    const std::string id = r.get_text(0);
    auto [it, fresh] = index.plans.emplace(id, static_cast<std::uint32_t>(facts.plans.size()));
    if (fresh) {
      facts.plans.emplace_back();
      index.plan_ids.push_back(id);
      index.plans_of_child[r.get_text(1)].push_back(it->second);
    }
    auto& plan = facts.plans[it->second];
    plan = {};
    plan.child = child_index(area, r.get_text(1));
    auto issued = calendar::parse_date(r.get_text(2));
    plan.issued = issued ? k::day_of(*issued) : k::no_day;
  }
  // Whether the plan in force prepares for adulthood: an outcome with a PfA area in its latest final version.
  auto latest = c.query("SELECT p.id, v.document FROM plans p JOIN plan_versions v ON v.plan_id = p.id AND v.status = 'final' "
                        "AND v.version = (SELECT max(x.version) FROM plan_versions x WHERE x.plan_id = p.id AND x.status = 'final')" +
                            where, p);
  if (!latest) return std::unexpected(latest.error());
  for (const auto& r : *latest) {
    auto it = index.plans.find(r.get_text(0));
    if (it == index.plans.end()) continue;
    auto read = plan::read_plan(r.get_text(1));
    bool pfa = false;
    if (read)
      for (const auto& o : read->plan.outcomes) pfa = pfa || (o.pfa_area && !o.pfa_area->empty());
    facts.plans[it->second].pfa_outcomes = pfa;
  }
  auto ceased = c.query("SELECT rm.plan_id, min(e.event_date), max(rm.cease_reason) FROM review_meetings rm "
                        "JOIN case_events e ON e.case_id = rm.case_id AND e.type = 'review_decision' AND e.outcome = 'cease' "
                        "JOIN plans p ON p.id = rm.plan_id" + where + " GROUP BY rm.plan_id", p);
  if (!ceased) return std::unexpected(ceased.error());
  for (const auto& r : *ceased) {
    auto it = index.plans.find(r.get_text(0));
    auto on = calendar::parse_date(r.get_text(1));
    if (it == index.plans.end() || !on) continue;
    facts.plans[it->second].ceased = k::day_of(*on);
    facts.plans[it->second].cease_reason = k::code_of(Dimension::cease_reason, r.get_text(2));
  }
  return {};
}

// Complaints: only the day received and whether it is about communication count.
Result<void> read_complaints(store::Connection& c, LoadedArea& area, const std::string& where, std::span<const store::Value> p) {
  auto rows = c.query("SELECT id, child_id, received_on, topic FROM complaints" + where, p);
  if (!rows) return std::unexpected(rows.error());
  for (const auto& r : *rows) {
    auto [it, fresh] = area.index.complaints.emplace(r.get_text(0), static_cast<std::uint32_t>(area.facts.complaints.size()));
    if (fresh) area.facts.complaints.emplace_back();
    auto received = calendar::parse_date(r.get_text(2));
    area.facts.complaints[it->second] = {child_index(area, r.get_text(1)), received ? k::day_of(*received) : k::no_day,
                                         r.get_text(3) == "communication"};
  }
  return {};
}

}  // namespace

Result<std::unordered_map<std::string, CaseRows>> read_cases(store::Connection& c, const std::string& where,
                                                             std::span<const store::Value> p) {
  std::unordered_map<std::string, CaseRows> out;
  auto cases = c.query("SELECT k.id, k.child_id, k.process, k.named_setting FROM cases k" + where, p);
  if (!cases) return std::unexpected(cases.error());
  for (const auto& r : *cases) {
    auto process = statutory::process_from_string(r.get_text(2));
    if (!process) continue;
    auto& rows = out[r.get_text(0)];
    rows.child_id = r.get_text(1);
    rows.history.process = *process;
    rows.school_named = r.get_text(3);
  }
  auto wanted = c.query("SELECT k.id, f.school_preference FROM family_responses f JOIN cases k ON k.id = f.case_id" + where +
                        (where.empty() ? " WHERE" : " AND") + " f.school_preference <> '' ORDER BY f.submitted_at, f.id", p);
  if (!wanted) return std::unexpected(wanted.error());
  for (const auto& w : *wanted)  // the latest reply saying which school counts
    if (auto it = out.find(w.get_text(0)); it != out.end()) it->second.school_wanted = w.get_text(1);
  auto events = c.query("SELECT k.id, e.type, e.event_date, e.outcome, e.adviser FROM case_events e JOIN cases k ON k.id = e.case_id" +
                        where + " ORDER BY e.case_id, e.sequence", p);
  if (!events) return std::unexpected(events.error());
  for (const auto& e : *events)
    if (auto it = out.find(e.get_text(0)); it != out.end())
      if (auto ev = event_from_row(e, 1)) it->second.history.events.push_back(*ev);
  auto exceptions = c.query("SELECT k.id, x.type, x.from_date, x.to_date FROM case_exceptions x JOIN cases k ON k.id = x.case_id" + where, p);
  if (!exceptions) return std::unexpected(exceptions.error());
  for (const auto& x : *exceptions)
    if (auto it = out.find(x.get_text(0)); it != out.end())
      if (auto period = exception_from_row(x, 1)) it->second.history.exceptions.push_back(*period);
  auto asked = c.query("SELECT k.id, o.kind, o.name FROM involvements i JOIN cases k ON k.id = i.case_id "
                       "JOIN memberships m ON m.user_id = i.user_id JOIN organisations o ON o.id = m.organisation_id" + where +
                       " ORDER BY o.name", p);
  if (!asked) return std::unexpected(asked.error());
  for (const auto& a : *asked)
    if (auto it = out.find(a.get_text(0)); it != out.end()) it->second.organisations.emplace_back(a.get_text(1), a.get_text(2));
  return out;
}

Result<LoadedArea> load_area(store::Connection& c, calendar::Date today) {
  LoadedArea area;
  auto children = c.query(child_sql);
  if (!children) return std::unexpected(children.error());
  for (const auto& r : *children) set_child(area, r);
  auto cases = read_cases(c, "", {});
  if (!cases) return std::unexpected(cases.error());
  for (auto& [id, rows] : *cases) place_case(area, id, rows, today);
  if (auto ok = read_plans(c, area, "", {}); !ok) return std::unexpected(ok.error());
  if (auto ok = read_complaints(c, area, "", {}); !ok) return std::unexpected(ok.error());
  k::sync_child_copies(area.facts, true);
  return area;
}

Result<void> reload_case(store::Connection& c, LoadedArea& area, const std::string& case_id, calendar::Date today) {
  complete_index(area);
  const store::Value p[] = {case_id};
  auto cases = read_cases(c, " WHERE k.id = $1", p);
  if (!cases) return std::unexpected(cases.error());
  for (auto& [id, rows] : *cases) {
    place_case(area, id, rows, today);
    // A review may have ceased a plan: the child's plans are read again too.
    if (rows.history.process == statutory::Process::annual_review)
      if (auto ok = reload_child(c, area, rows.child_id); !ok) return ok;
  }
  return {};
}

Result<void> reload_child(store::Connection& c, LoadedArea& area, const std::string& child_id) {
  complete_index(area);
  const store::Value p[] = {child_id};
  auto children = c.query(std::string(child_sql) + " WHERE c.id = $1", p);
  if (!children) return std::unexpected(children.error());
  for (const auto& r : *children) set_child(area, r);
  if (auto ok = read_plans(c, area, " WHERE p.child_id = $1", p); !ok) return ok;
  return read_complaints(c, area, " WHERE child_id = $1", p);
}

}  // namespace sendhub::app::kpi
