#include "domain/kpi/definitions.h"

#include <array>

namespace sendhub::kpi {
namespace {

using D = Dimension;
constexpr D by_area[] = {D::la, D::need, D::age_band, D::ethnicity, D::sex, D::district, D::setting_type};
constexpr D by_la_need[] = {D::la, D::need};
constexpr D new_plans[] = {D::la, D::need, D::weeks_band, D::age_band, D::ethnicity, D::sex, D::district};
constexpr D advice[] = {D::adviser, D::organisation, D::la, D::need};
constexpr D health_advice[] = {D::organisation, D::la, D::need};
constexpr D ceased[] = {D::cease_reason, D::la, D::need, D::age_band};

const std::array<Definition, 23> all{{
    {"requests_received", "Requests for an EHC needs assessment", Unit::count,
     "Requests received in the period, whoever made them.", "request_received",
     "Demand for assessment: the first sign of pressure on every service that follows.", "", true, true, by_area},
    {"requests_withdrawn", "Requests withdrawn", Unit::count, "Requests withdrawn in the period.", "withdrawn",
     "A rise can mean families were put off, or needs were met without a plan.", "", false, false, by_la_need},
    {"decisions_within_6_weeks", "Decisions whether to assess made within 6 weeks", Unit::percent,
     "Decisions whether to carry out an assessment, yes or no, made within 6 weeks of the request. Counted in the period its due date falls in: on time if done by then, late if done later or not done by the end of the period.",
     "request_received, decision_to_assess", "The first time limit families meet, and the first sign of delay.",
     "ehc.decision_to_assess", true, true, by_la_need},
    {"assessments_agreed", "Assessments agreed", Unit::count, "Decisions in the period to carry out an assessment.",
     "decision_to_assess with outcome assess", "How many assessments the area has taken on.", "", true, false, by_area},
    {"requests_refused", "Requests refused", Unit::count, "Decisions in the period not to carry out an assessment.",
     "decision_to_assess with outcome not_assess", "Each refusal can be appealed; a high rate can mean requests come too early, or thresholds too high.",
     "", false, false, by_la_need},
    {"plans_issued", "New EHC plans issued", Unit::count, "First final plans issued in the period after an assessment.",
     "final_plan_issued", "The plans the area has made; SEN2 counts the same plans.", "", true, true, new_plans},
    {"within_20_weeks_excluding_exceptions", "New plans issued within 20 weeks, excluding exceptions", Unit::percent,
     "New plans issued in the period within 20 weeks of the request, leaving out plans where a permitted exception applied "
     "(reg 10(4)), from both the count and the total. This is the figure the DfE publishes as its headline.",
     "request_received, final_plan_issued, case exceptions", "The statutory time limit families care most about.",
     "ehc.final_plan", true, true, new_plans},
    {"within_20_weeks_including_exceptions", "New plans issued within 20 weeks, including exceptions", Unit::percent,
     "New plans issued in the period within 20 weeks of the request, counting every plan, exceptions included.",
     "request_received, final_plan_issued", "The DfE publishes both; this one shows the whole wait families had.",
     "ehc.final_plan", true, false, new_plans},
    {"weeks_to_issue", "Average time to issue a new plan", Unit::weeks,
     "For new plans issued in the period, the average time from the request to the final plan, in weeks.",
     "request_received, final_plan_issued", "How long families wait, not only whether the limit was met.", "", false, true,
     new_plans},
    {"decided_not_to_issue", "Decisions not to issue a plan after assessment", Unit::count,
     "Decisions in the period not to issue a plan after an assessment.", "decision_not_to_issue",
     "Each can be appealed; the area should understand why assessment did not lead to a plan.", "", false, false, by_la_need},
    {"advice_within_6_weeks", "Advice for assessments returned within 6 weeks", Unit::percent,
     "Requests for advice (education, health, educational psychology, social care and others) returned within 6 weeks of "
     "being asked. "
     "Counted in the period its due date falls in: on time if done by then, late if done later or not done by the end of the period.",
     "advice_requested, advice_received", "Late advice is the most common reason plans miss 20 weeks; each partner answers for its own.",
     "ehc.advice", true, true, advice},
    {"health_advice_within_6_weeks", "Health advice returned within 6 weeks", Unit::percent,
     "Requests for health advice returned within 6 weeks of being asked, by the organisation asked. Counted in the period its due date falls in: on time if done by then, late if done later or not done by the end of the period.",
     "advice_requested, advice_received for health", "What the designated clinical officer reports to the board.",
     "ehc.advice", true, true, health_advice},
    {"reviews_within_12_months", "Annual reviews held within 12 months", Unit::percent,
     "Annual review meetings held within 12 months of the plan being issued or of the last review. Counted in the period its due date falls in: on time if done by then, late if done later or not done by the end of the period.",
     "plan_issued, review_meeting_held", "A plan that is not reviewed drifts away from the child it describes.",
     "review.meeting", true, true, by_la_need},
    {"review_decisions_within_4_weeks", "Review decisions sent within 4 weeks of the meeting", Unit::percent,
     "Decisions after an annual review (keep, amend or cease the plan) sent within 4 weeks of the meeting. Counted in the period its due date falls in: on time if done by then, late if done later or not done by the end of the period.",
     "review_meeting_held, review_decision", "Families need to know what the review decided, in time to appeal.",
     "review.decision", true, false, by_la_need},
    {"phase_transfers_by_deadline", "Phase transfers with the new setting named by the deadline", Unit::percent,
     "Plans amended to name the setting for a move between phases (15 February, or 31 March for post-16) by the deadline. Counted in the period its due date falls in: on time if done by then, late if done later or not done by the end of the period.",
     "transfer_planned, amended_plan_issued", "A child should know where they are going well before they go.",
     "transfer.other_phases", true, true, by_la_need},
    {"plans_ceased", "EHC plans ceased", Unit::count, "Plans ended in the period, by the SEN2 reason.",
     "review_decision with outcome cease", "Why plans end: outcomes met, moving away, or leaving education.", "", false, false,
     ceased},
    {"active_plans", "EHC plans maintained", Unit::count,
     "Plans in force at the end of the period: issued on or before that day and not ceased by it.",
     "final_plan_issued, review_decision with outcome cease", "The caseload the partnership supports, as SEN2 counts it.", "",
     true, true, by_area},
    {"mainstream_share", "Children with plans educated in mainstream", Unit::percent,
     "Children with a plan in force at the end of the period educated in a mainstream school or college, including resourced "
     "provision and SEN units, out of those whose setting is recorded.",
     "final_plan_issued and the setting on the child's record", "York's strategy is for more children to thrive in local mainstream settings.",
     "", true, true, by_la_need},
    {"mediations_per_100_appealable", "Mediations per 100 appealable decisions", Unit::per_100,
     "Requests for mediation made in the period, per 100 decisions made in the period that a family could appeal (refusals to "
     "assess or issue, final plans, review decisions, refusals to re-assess).",
     "mediation_requested; decision_to_assess, decision_not_to_issue, final_plan_issued, review_decision, reassessment_decision",
     "Disagreement the partnership did not resolve by working with the family.", "", false, true, by_la_need},
    {"tribunals_per_100_appealable", "Tribunal appeals per 100 appealable decisions", Unit::per_100,
     "Appeals registered with the SEND Tribunal in the period, per 100 decisions made in the period that a family could appeal.",
     "appeal_registered; the appealable decisions as for mediations", "The cost of disagreement to families and to the area.", "",
     false, true, by_la_need},
    {"first_choice_school", "New settings named as the family's first choice", Unit::percent,
     "Plans amended in the period to name a new school or setting (most of them phase transfers) where the family said which one "
     "they wanted in their reply to the proposed amendments: the setting named is the one they asked for (the same name, "
     "ignoring capitals, spaces and punctuation).",
     "amended_plan_issued, the family's reply (school wanted) and the setting the plan names",
     "York's operational plan aims for 94% of children to get their first-choice school at transfer.", "", true, false, by_la_need},
    {"post14_pfa_outcomes", "Plans for young people aged 14 or over with preparing-for-adulthood outcomes", Unit::percent,
     "Plans in force at the end of the period for young people aged 14 or over then, whose latest final version has at least "
     "one outcome for preparing for adulthood (employment, independent living, community or health).",
     "final_plan_issued and the outcomes in the latest final plan",
     "From Year 9 every review must look towards adult life; York aims for 95% of these plans to do so.", "", true, false,
     by_la_need},
    {"complaints_about_communication", "Complaints about communication", Unit::count,
     "Complaints received in the period whose topic is communication: the family was not kept informed or did not get a reply. "
     "Complaints about delay, support, decisions or anything else are recorded but not counted here.",
     "complaints recorded on the child's record (topic communication, date received)",
     "York's operational plan aims for 60% fewer complaints about communication as the shared record tells families where "
     "things are.", "", false, true, by_area},
}};

}  // namespace

std::string_view to_string(Unit u) {
  switch (u) {
    case Unit::percent: return "percent";
    case Unit::count: return "count";
    case Unit::weeks: return "weeks";
    case Unit::per_100: return "per_100";
  }
  return "";
}

std::span<const Definition> definitions() { return all; }

const Definition* definition(std::string_view id) {
  for (const auto& d : all)
    if (d.id == id) return &d;
  return nullptr;
}

}  // namespace sendhub::kpi
