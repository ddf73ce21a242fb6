#include "app/casework/request_advice.h"

#include <algorithm>

#include "app/casework/advice.h"
#include "domain/forms/typed_date.h"

namespace sendhub::app {
Result<std::vector<identity::FieldProblem>> request_advice(store::Database& db, const access::Actor& actor,
                                                           const std::string& case_id,
                                                           const std::vector<std::string>& advisers,
                                                           const std::string& date, const RequestContext& ctx,
                                                           const std::map<std::string, std::string>& people) {
  std::vector<identity::FieldProblem> problems;
  auto on = forms::typed_date_or_today(date, day_of(ctx.now), "date", problems);
  CaseChange change{{}, "", "case.advice_requested", "", nullptr};
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    for (const auto& name : advisers) {
      auto person = people.find(name);
      if (person == people.end() || person->second.empty()) continue;
      auto adviser = statutory::adviser_from_string(name);
      auto allowed = people_who_advise(c, *adviser, k.la_code);
      if (!allowed) return std::unexpected(allowed.error());
      if (std::none_of(allowed->begin(), allowed->end(), [&](const auto& p) { return p.user_id == person->second; }))
        return fail(ErrorCode::invalid_input, "That person cannot give this kind of advice here", "advisers");
      const store::Value p[] = {person->second, k.child_id, k.id, calendar::format_date(day_of(ctx.now) + advice_involvement)};
      auto n = c.execute("INSERT INTO involvements (user_id, child_id, case_id, until) VALUES ($1, $2, $3, $4) "
                         "ON CONFLICT (user_id, case_id) DO UPDATE SET until = excluded.until", p);
      if (!n) return std::unexpected(n.error());
    }
    return {};
  };
  for (const auto& name : advisers) {
    auto adviser = statutory::adviser_from_string(name);
    if (!adviser || *adviser == statutory::Adviser::none) {
      problems.push_back({"advisers", "Select who you are asking for advice"});
      break;
    }
    if (on) change.events.push_back({statutory::EventType::advice_requested, *on, statutory::Outcome::none, *adviser});
    change.audit_detail += (change.audit_detail.empty() ? "" : " ") + name;
  }
  if (advisers.empty()) problems.push_back({"advisers", "Select who you are asking for advice"});
  // An annual review is led by the school: its SENCO asks for advice as well as the council.
  auto opened = open_case_for(db, actor, access::Action::view_record, case_id, "case.view", ctx);
  if (!opened) return std::unexpected(opened.error());
  const bool review = opened->process == statutory::Process::annual_review;
  const auto action = review && actor.role == access::Role::school_senco ? access::Action::contribute_advice
                                                                          : access::Action::make_decision;
  if (!problems.empty()) {
    // Still check that the actor may act on the case, so a refusal is a 404 and not a form.
    if (auto may = open_case_for(db, actor, action, case_id, "case.view", ctx); !may) return std::unexpected(may.error());
    return problems;
  }
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (k.process == statutory::Process::annual_review) {
      if (actor.role != access::Role::school_senco && !access::is_local_authority_casework(actor.role))
        return identity::FieldProblem{"advisers", "The school or the council asks for advice for the review"};
      bool arranged = false;
      for (const auto& e : k.events) arranged = arranged || e.event.type == statutory::EventType::review_meeting_scheduled;
      if (!arranged) return identity::FieldProblem{"advisers", "Arrange the meeting first: advice is due 2 weeks before it"};
    }
    return std::nullopt;
  };
  return record_on_case(db, actor, action, case_id, change, ctx);
}

Result<std::vector<identity::FieldProblem>> record_advice_received(store::Database& db, const access::Actor& actor,
                                                                   const std::string& case_id, const std::string& name,
                                                                   const std::string& date, const RequestContext& ctx) {
  std::vector<identity::FieldProblem> problems;
  auto on = forms::typed_date_or_today(date, day_of(ctx.now), "date", problems);
  auto adviser = statutory::adviser_from_string(name);
  if (!adviser || *adviser == statutory::Adviser::none) problems.push_back({"adviser", "Select whose advice arrived"});
  if (!problems.empty()) {
    if (auto opened = open_case_for(db, actor, access::Action::make_decision, case_id, "case.view", ctx); !opened)
      return std::unexpected(opened.error());
    return problems;
  }
  CaseChange change{{{statutory::EventType::advice_received, *on, statutory::Outcome::none, *adviser}},
                    "", "case.advice_received", name, nullptr};
  change.check = [&](const CaseRecord& record) -> std::optional<identity::FieldProblem> {
    for (const auto& e : record.events)
      if (e.event.type == statutory::EventType::advice_requested && e.event.adviser == *adviser && e.event.date <= *on)
        return std::nullopt;
    return identity::FieldProblem{"adviser", "That adviser had not been asked for advice by that date"};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

}  // namespace sendhub::app
