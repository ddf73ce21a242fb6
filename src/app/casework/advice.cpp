#include "app/casework/advice.h"

#include <algorithm>

#include "app/casework/case_event_job.h"
#include "app/clock.h"
#include "app/identity/audit_trail.h"

namespace sendhub::app {

statutory::Adviser adviser_for_role(access::Role role) {
  using access::Role;
  switch (role) {
    case Role::health_professional:
    case Role::designated_clinical_officer: return statutory::Adviser::health;
    case Role::educational_psychologist: return statutory::Adviser::psychology;
    case Role::social_worker: return statutory::Adviser::social_care;
    case Role::school_senco: return statutory::Adviser::education;
    default: return statutory::Adviser::none;
  }
}

namespace {

std::vector<std::string> roles_for(statutory::Adviser a) {
  switch (a) {
    case statutory::Adviser::health: return {"health_professional", "designated_clinical_officer"};
    case statutory::Adviser::psychology: return {"educational_psychologist"};
    case statutory::Adviser::social_care: return {"social_worker"};
    case statutory::Adviser::education: return {"school_senco"};
    default: return {};
  }
}

}  // namespace

Result<std::vector<AdviceRequest>> my_advice_requests(store::Database& db, const access::Actor& actor, calendar::Date today) {
  std::vector<AdviceRequest> out;
  const auto mine = adviser_for_role(actor.role);
  if (mine == statutory::Adviser::none) return out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {std::string(statutory::to_string(mine))};
    auto rows = c.query("SELECT DISTINCT e.case_id FROM case_events e JOIN cases k ON k.id = e.case_id "
                        "WHERE e.type = 'advice_requested' AND e.adviser = $1 AND k.closed_on IS NULL ORDER BY e.case_id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      auto k = load_case(c, r.get_text(0));
      if (!k) return std::unexpected(k.error());
      if (!*k) continue;
      auto resource = case_resource(c, **k);
      if (!resource) return std::unexpected(resource.error());
      if (!*resource || !access::may(actor, access::Action::contribute_advice, **resource, today)) continue;
      auto timeline = statutory::compute_timeline((*k)->history(), today);
      if (!timeline) continue;
      const std::string key = "advice:" + std::string(statutory::to_string(mine));
      for (const auto& m : timeline->milestones) {
        if (m.key != key || m.done || m.status == statutory::Status::not_applicable) continue;
        calendar::Date asked = m.due;
        for (const auto& e : (*k)->events)
          if (e.event.type == statutory::EventType::advice_requested && e.event.adviser == mine) {
            asked = e.event.date;
            break;
          }
        out.push_back({(*k)->id, (*k)->child_name, mine, asked, m.due, m.status == statutory::Status::overdue});
      }
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.due < b.due; });
  return out;
}

Result<std::vector<identity::FieldProblem>> submit_advice(store::Database& db, const access::Actor& actor,
                                                          const AdviceDraft& typed, const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  const auto adviser = adviser_for_role(actor.role);
  AdviceDraft d = typed;
  std::erase_if(d.provision, [](const ProvisionItem& p) { return p.what.empty() && p.who.empty() && p.how_often.empty() && p.how_long.empty(); });
  if (d.needs.empty()) problems.push_back({"needs", "Describe the needs you have seen"});
  for (std::size_t i = 0; i < d.provision.size(); ++i) {
    const auto& p = d.provision[i];
    if (p.what.empty() || p.who.empty() || p.how_often.empty())
      problems.push_back({"provision_" + std::to_string(i + 1), "Provision " + std::to_string(i + 1) +
                                                                     ": say what it is, who gives it and how often"});
  }
  if (d.outcomes.empty()) problems.push_back({"outcomes", "Suggest at least one outcome"});
  for (const auto* text : {&d.needs, &d.outcomes})
    if (text->size() > 20000) problems.push_back({"needs", "Advice must be 20,000 characters or fewer in each box"});
  if (adviser == statutory::Adviser::none) return fail(ErrorCode::not_found, "no advice for this role");
  const std::string id = "advice-" + random_token().substr(0, 16);
  CaseChange change{{{statutory::EventType::advice_received, day_of(ctx.now), statutory::Outcome::none, adviser}},
                    "", "case.advice_submitted", std::string(statutory::to_string(adviser)), nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    bool asked = false, received = false;
    for (const auto& e : k.events) {
      if (e.event.adviser != adviser) continue;
      asked = asked || e.event.type == statutory::EventType::advice_requested;
      received = received || e.event.type == statutory::EventType::advice_received;
    }
    if (!asked) return identity::FieldProblem{"needs", "Nobody has asked for your advice on this case yet"};
    if (received) return identity::FieldProblem{"needs", "Advice of this kind has already been received for this case"};
    if (!problems.empty()) return problems.front();
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord&) -> Result<void> {
    const store::Value a[] = {id, d.case_id, std::string(statutory::to_string(adviser)), actor.user_id,
                              utc_timestamp_of(ctx.now), d.needs, d.outcomes};
    auto n = c.execute("INSERT INTO advice (id, case_id, adviser, author_user_id, submitted_at, needs, outcomes) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7)", a);
    if (!n) return std::unexpected(n.error());
    for (std::size_t i = 0; i < d.provision.size(); ++i) {
      const auto& p = d.provision[i];
      const store::Value v[] = {id, static_cast<std::int64_t>(i + 1), p.what, p.who, p.how_often, p.how_long};
      auto m = c.execute("INSERT INTO advice_provision (advice_id, position, what, who, how_often, how_long) "
                         "VALUES ($1, $2, $3, $4, $5, $6)", v);
      if (!m) return std::unexpected(m.error());
    }
    return {};
  };
  auto recorded = record_on_case(db, actor, access::Action::contribute_advice, typed.case_id, change, ctx);
  if (!recorded) return std::unexpected(recorded.error());
  if (!recorded->empty()) return problems.empty() ? *recorded : problems;
  return problems;
}

Result<std::vector<SubmittedAdvice>> advice_for_case(store::Connection& c, const std::string& case_id) {
  std::vector<SubmittedAdvice> out;
  const store::Value p[] = {case_id};
  // The advice and its provision rows in one read (one row with no provision when there is none).
  auto rows = c.query("SELECT a.id, a.adviser, u.display_name, a.submitted_at, a.needs, a.outcomes, p.position, "
                      "COALESCE(p.what, ''), COALESCE(p.who, ''), COALESCE(p.how_often, ''), COALESCE(p.how_long, '') "
                      "FROM advice a JOIN users u ON u.id = a.author_user_id LEFT JOIN advice_provision p ON p.advice_id = a.id "
                      "WHERE a.case_id = $1 ORDER BY a.submitted_at, a.id, p.position", p);
  if (!rows) return std::unexpected(rows.error());
  for (const auto& r : *rows) {
    if (out.empty() || out.back().id != r.get_text(0))
      out.push_back({r.get_text(0), statutory::adviser_from_string(r.get_text(1)).value_or(statutory::Adviser::other),
                     r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5)});
    if (!r.is_null(6)) out.back().provision.push_back({r.get_text(7), r.get_text(8), r.get_text(9), r.get_text(10)});
  }
  return out;
}

Result<std::vector<SubmittedAdvice>> advice_for_case(store::Database& db, const std::string& case_id) {
  std::vector<SubmittedAdvice> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto found = advice_for_case(c, case_id);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<PersonChoice>> people_who_advise(store::Connection& c, statutory::Adviser adviser, const std::string& la_code) {
  std::vector<PersonChoice> out;
  const auto roles = roles_for(adviser);
  if (roles.empty()) return out;
  const store::Value p[] = {roles.front(), roles.back(), la_code};
  auto rows = c.query("SELECT DISTINCT u.id, u.display_name, o.name FROM memberships m JOIN users u ON u.id = m.user_id "
                      "JOIN organisations o ON o.id = m.organisation_id LEFT JOIN organisation_areas a ON a.organisation_id = o.id "
                      "WHERE m.role IN ($1, $2) AND u.disabled = 0 AND u.is_service = 0 AND (o.la_code = $3 OR a.la_code = $3) "
                      "ORDER BY u.display_name, u.id", p);
  if (!rows) return std::unexpected(rows.error());
  for (const auto& r : *rows) out.push_back({r.get_text(0), r.get_text(1) + ", " + r.get_text(2)});
  return out;
}

Result<std::map<statutory::Adviser, std::vector<PersonChoice>>> people_who_advise_all(store::Connection& c, const std::string& la_code) {
  std::map<statutory::Adviser, std::vector<PersonChoice>> out;
  const store::Value p[] = {la_code};
  auto rows = c.query("SELECT DISTINCT u.id, u.display_name, o.name, m.role FROM memberships m JOIN users u ON u.id = m.user_id "
                      "JOIN organisations o ON o.id = m.organisation_id LEFT JOIN organisation_areas a ON a.organisation_id = o.id "
                      "WHERE m.role IN ('health_professional', 'designated_clinical_officer', 'educational_psychologist', "
                      "'social_worker', 'school_senco') AND u.disabled = 0 AND u.is_service = 0 AND (o.la_code = $1 OR a.la_code = $1) "
                      "ORDER BY u.display_name, u.id", p);
  if (!rows) return std::unexpected(rows.error());
  for (const auto& r : *rows)
    for (auto a : {statutory::Adviser::health, statutory::Adviser::psychology, statutory::Adviser::social_care, statutory::Adviser::education}) {
      const auto roles = roles_for(a);
      if (std::find(roles.begin(), roles.end(), r.get_text(3)) == roles.end()) continue;
      auto& list = out[a];
      if (std::none_of(list.begin(), list.end(), [&](const PersonChoice& p) { return p.user_id == r.get_text(0); }))
        list.push_back({r.get_text(0), r.get_text(1) + ", " + r.get_text(2)});
    }
  return out;
}

Result<std::vector<PersonChoice>> people_who_advise(store::Database& db, statutory::Adviser adviser, const std::string& la_code) {
  std::vector<PersonChoice> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto found = people_who_advise(c, adviser, la_code);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
