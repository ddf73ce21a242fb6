#include "domain/review/review_summary.h"

namespace sendhub::review {
namespace {

using statutory::EventType;
using statutory::Outcome;

std::string on(calendar::Date d) { return calendar::format_long_date(d); }

const statutory::Event* latest(const statutory::CaseHistory& h, EventType type) {
  const statutory::Event* found = nullptr;
  for (const auto& e : h.events)
    if (e.type == type && (!found || e.date >= found->date)) found = &e;
  return found;
}

std::optional<calendar::Date> due(const statutory::Timeline& t, std::string_view key) {
  for (const auto& m : t.milestones)
    if (m.key == key) return m.due;
  return std::nullopt;
}

constexpr const char* appeal_rights =
    "You can appeal to the SEND Tribunal. First contact a mediation adviser (the letter says who); you have two "
    "months from the date of the letter, or one month from the mediation certificate if later. SENDIASS can help, "
    "free and in confidence.";

}  // namespace

statutory::FamilySummary review_summary(const statutory::CaseHistory& h, const statutory::Timeline& t, calendar::Date today) {
  statutory::FamilySummary s;
  const auto* scheduled = latest(h, EventType::review_meeting_scheduled);
  const auto* held = latest(h, EventType::review_meeting_held);
  const auto* decision = latest(h, EventType::review_decision);
  const auto* proposals = latest(h, EventType::proposed_amendments_sent);
  const auto* amended = latest(h, EventType::amended_plan_issued);
  if (amended) {
    s.stage = "Amended plan issued";
    s.where_now = "The amended EHC plan was issued on " + on(amended->date) + ".";
    s.next_step = "The plan will be reviewed again within 12 months of the review meeting.";
    s.you_can = {"Read the amended plan and see what changed.", appeal_rights};
    return s;
  }
  if (proposals) {
    s.stage = "Proposed changes sent";
    s.where_now = "The council sent you the proposed changes to the plan on " + on(proposals->date) + ".";
    const auto close = due(t, "amendment_representations_close");
    const auto plan = due(t, "amended_plan");
    if (close && plan)
      s.next_step = (today <= *close ? "You have until " + on(*close) + " to comment and to say which school or setting you "
                                       "would like named. "
                                     : std::string("The time to comment has ended. ")) +
                    "The amended plan is due by " + on(*plan) + ".";
    s.you_can = {"Comment on the proposed changes, or tell us you have no comments.",
                 "Name the school or setting you would like."};
    return s;
  }
  if (decision) {
    const bool cease = decision->outcome == Outcome::cease;
    s.stage = cease ? "Decided to end the plan" : decision->outcome == Outcome::amend ? "Decided to change the plan"
                                                                                      : "Decided to keep the plan";
    s.where_now = "On " + on(decision->date) + " the council decided " +
                  (cease ? "to stop maintaining the EHC plan." : decision->outcome == Outcome::amend
                                                                   ? "to change the EHC plan."
                                                                   : "to keep the EHC plan as it is.");
    s.next_step = decision->outcome == Outcome::amend ? "The council will send you the proposed changes."
                                                      : "The letter explains the reasons.";
    if (decision->outcome != Outcome::amend) s.you_can = {appeal_rights};
    return s;
  }
  if (held) {
    s.stage = "Review meeting held";
    s.where_now = "The review meeting was held on " + on(held->date) + ".";
    if (const auto d = due(t, "review_decision"))
      s.next_step = "The council will decide whether to keep the plan as it is, change it or end it by " + on(*d) + ".";
    s.you_can = {"Read the review report and tell the caseworker if anything is wrong."};
    return s;
  }
  s.stage = "Review meeting arranged";
  if (scheduled) {
    s.where_now = "The annual review meeting is on " + on(scheduled->date) + ".";
    if (const auto d = due(t, "advice_circulated"))
      s.next_step = "Reports and advice will be sent to everyone by " + on(*d) + ", two weeks before the meeting.";
  } else if (const auto d = due(t, "review_meeting")) {
    s.where_now = "The plan must be reviewed by " + on(*d) + ".";
  }
  s.you_can = {"Add your views and your child's views before the meeting.", "Ask for a meeting with the caseworker."};
  return s;
}

}  // namespace sendhub::review
