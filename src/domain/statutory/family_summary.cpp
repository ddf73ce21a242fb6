#include "domain/statutory/family_summary.h"

#include <algorithm>

namespace sendhub::statutory {
namespace {

std::string on(Date d) { return calendar::format_long_date(d); }

const Event* latest(const CaseHistory& h, EventType type) {
  const Event* found = nullptr;
  for (const auto& e : h.events)
    if (e.type == type && (!found || e.date >= found->date)) found = &e;
  return found;
}

const Milestone* milestone(const Timeline& t, std::string_view key) {
  for (const auto& m : t.milestones)
    if (m.key == key) return &m;
  return nullptr;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

constexpr const char* appeal_rights =
    "You can appeal to the SEND Tribunal. First contact a mediation adviser (the letter says who); you have two "
    "months from the date of the letter, or one month from the mediation certificate if later. SENDIASS can help, "
    "free and in confidence.";

}  // namespace

std::string_view adviser_for_families(Adviser a) {
  switch (a) {
    case Adviser::parent: return "you";
    case Adviser::education: return "the school or setting";
    case Adviser::health: return "the health team";
    case Adviser::psychology: return "the educational psychologist";
    case Adviser::social_care: return "social care";
    case Adviser::preparing_for_adulthood: return "the preparing-for-adulthood adviser";
    case Adviser::other: return "other advisers";
    case Adviser::none: break;
  }
  return "advisers";
}

FamilySummary family_summary(const CaseHistory& h, const Timeline& t, Date today) {
  FamilySummary s;
  const Event* request = latest(h, EventType::request_received);
  const Event* decision = latest(h, EventType::decision_to_assess);
  const Event* not_issue = latest(h, EventType::decision_not_to_issue);
  const Event* draft = latest(h, EventType::draft_plan_issued);
  const Event* final_plan = latest(h, EventType::final_plan_issued);
  const Event* withdrawn = latest(h, EventType::withdrawn);
  if (!request) return s;

  if (withdrawn) {
    s.stage = "Request withdrawn";
    s.where_now = "The request was withdrawn on " + on(withdrawn->date) + ".";
    s.next_step = "Nothing more will happen with this request. You can make a new request at any time.";
    return s;
  }
  if (final_plan) {
    s.stage = "Plan issued";
    s.where_now = "The final EHC plan was issued on " + on(final_plan->date) + ".";
    s.next_step = "The plan will be reviewed at least every 12 months, first by " +
                  on(calendar::add_days(calendar::add_months(final_plan->date, 12), -1)) + ".";
    s.you_can = {"Read the plan and tell the caseworker if anything is wrong.", appeal_rights};
    return s;
  }
  if (not_issue) {
    s.stage = "Decided not to issue a plan";
    s.where_now = "On " + on(not_issue->date) + " the council decided not to issue an EHC plan after the assessment.";
    s.next_step = "The council will write to explain why and what support it expects the school or setting to give.";
    s.you_can = {appeal_rights};
    return s;
  }
  if (draft) {
    s.stage = "Draft plan sent";
    s.where_now = "The draft EHC plan was sent to you on " + on(draft->date) + ".";
    if (const auto* comments = milestone(t, "draft_representations_close"))
      s.next_step = "You have until " + on(comments->due) + " to comment on it and to say which school or setting you "
                    "would like named. The final plan is due by " + on(milestone(t, "final_plan")->due) + ".";
    s.you_can = {"Comment on the draft plan.", "Ask for a meeting with the caseworker to talk about it.",
                 "Name the school or setting you would like."};
    return s;
  }
  if (decision && decision->outcome == Outcome::not_assess) {
    s.stage = "Decided not to assess";
    s.where_now = "On " + on(decision->date) + " the council decided not to carry out an EHC needs assessment.";
    s.next_step = "The council's letter explains why, and what support the school or setting should give.";
    s.you_can = {appeal_rights};
    return s;
  }
  if (decision) {
    s.stage = "Assessment under way";
    std::vector<std::string> asked;
    std::optional<Date> asked_on, due_by;
    for (const auto& e : h.events) {
      if (e.type != EventType::advice_requested) continue;
      std::string who(adviser_for_families(e.adviser));
      if (std::find(asked.begin(), asked.end(), who) == asked.end()) asked.push_back(who);
      if (!asked_on || e.date < *asked_on) asked_on = e.date;
    }
    for (const auto& m : t.milestones)
      if (m.key.starts_with("advice:") && !m.done && (!due_by || m.due > *due_by)) due_by = m.due;
    s.where_now = "On " + on(decision->date) + " the council decided to carry out an EHC needs assessment.";
    if (!asked.empty()) {
      s.where_now += " We asked " + joined(asked) + " for advice on " + on(*asked_on) + ".";
      if (due_by) s.where_now += " They have until " + on(*due_by) + ".";
    }
    const auto* final_due = milestone(t, "final_plan");
    s.next_step = "When the advice is in, the council will decide whether to issue a plan. If it does, you will get a "
                  "draft to comment on. The final plan is due by " + on(final_due->due) + ".";
    s.you_can = {"Add your views and your child's views: what people like about them, what is important to them, "
                 "how best to support them and their hopes for the future."};
    return s;
  }
  s.stage = "Deciding whether to assess";
  s.where_now = "We received the request for an EHC needs assessment on " + on(request->date) + ".";
  s.next_step = "The council will decide whether to carry out an assessment by " +
                on(milestone(t, "decision_to_assess")->due) + ", and will write to tell you.";
  s.you_can = {"Add your views and your child's views to the request.",
               "Send any reports you have, for example from a doctor or therapist."};
  (void)today;
  return s;
}

}  // namespace sendhub::statutory
