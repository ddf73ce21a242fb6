#include "domain/statutory/rules.h"

#include <array>
#include <cstdio>
#include <cstdlib>

#include "domain/calendar/bank_holidays.h"

namespace sendhub::statutory {
namespace {

using C = Counting;
using P = Process;

// Sources: ../shared/reference/statutory-rules.md. "SEND Regs 2014" = SI 2014/1530;
// "CAFA 2014" = Children and Families Act 2014; "HESC Rules 2008" = Tribunal Procedure
// (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008.
constexpr std::array<Rule, 32> table{{
    // EHC needs assessment: request to final plan.
    {"ehc.decision_to_assess", "decision_to_assess", P::ehc_needs_assessment, "the request is received",
     C::within_weeks, 6, 0, "SEND Regs 2014 reg 5(1)",
     "The council must tell you whether it will carry out an EHC needs assessment within 6 weeks of getting the request."},
    {"ehc.advice", "advice", P::ehc_needs_assessment, "the adviser is asked for advice", C::within_weeks, 6, 0,
     "SEND Regs 2014 reg 8(1)", "Each person asked for advice must give it within 6 weeks of being asked."},
    {"ehc.decision_not_to_issue", "decision_not_to_issue", P::ehc_needs_assessment, "the request is received",
     C::within_weeks, 16, 0, "SEND Regs 2014 reg 10(1)",
     "If the council decides not to issue a plan after the assessment, it must tell you within 16 weeks of the request."},
    {"ehc.draft_representations", "draft_representations_close", P::ehc_needs_assessment,
     "the draft plan is sent", C::days_beginning_with, 15, 0, "SEND Regs 2014 reg 13(1)",
     "You have at least 15 days, counting the day the draft plan is sent, to comment on it and ask for a school."},
    {"ehc.final_plan", "final_plan", P::ehc_needs_assessment, "the request is received", C::within_weeks, 20, 0,
     "SEND Regs 2014 reg 13(2)", "The final EHC plan must be issued within 20 weeks of the request."},

    // Annual review and amendment.
    {"review.meeting", "review_meeting", P::annual_review, "the plan is issued, or the last review meeting",
     C::period_of_months, 12, 0, "CAFA 2014 s.44(1)",
     "The plan must be reviewed at least once in every 12 months."},
    {"review.invitations", "invitations_sent", P::annual_review, "the date of the review meeting", C::weeks_before, 2,
     0, "SEND Regs 2014 reg 20(3)", "Everyone invited to the review meeting must get at least 2 weeks' notice."},
    {"review.advice_circulated", "advice_circulated", P::annual_review, "the date of the review meeting",
     C::weeks_before, 2, 0, "SEND Regs 2014 reg 20(4)",
     "Advice and information for the review must be sent to everyone at least 2 weeks before the meeting."},
    {"review.report", "review_report", P::annual_review, "the review meeting is held", C::within_weeks, 2, 0,
     "SEND Regs 2014 reg 20(7)", "The school or setting must send the review report to everyone within 2 weeks of the meeting."},
    {"review.decision", "review_decision", P::annual_review, "the review meeting is held", C::within_weeks, 4, 0,
     "SEND Regs 2014 reg 20(10)",
     "The council must tell you within 4 weeks of the meeting whether it will keep, change or end the plan."},
    {"review.amendment_representations", "amendment_representations_close", P::annual_review,
     "the proposed amendments are sent", C::days_beginning_with, 15, 0, "SEND Regs 2014 reg 22(2)",
     "You have at least 15 days, counting the day the proposed changes are sent, to comment and ask for a school."},
    {"review.amended_plan", "amended_plan", P::annual_review, "the proposed amendments are sent", C::within_weeks, 8,
     0, "SEND Regs 2014 reg 22(3)", "The amended plan must be issued within 8 weeks of the proposed changes being sent."},

    // Phase transfer.
    {"transfer.secondary_to_post16", "phase_transfer_review", P::phase_transfer,
     "the calendar year of a move from secondary school to post-16", C::before_date_in_year, 3, 31,
     "SEND Regs 2014 reg 18(1)(b)",
     "For a move from secondary school to post-16, the plan must be reviewed and name the new setting before 31 March."},
    {"transfer.other_phases", "phase_transfer_review", P::phase_transfer, "the calendar year of the move",
     C::before_date_in_year, 2, 15, "SEND Regs 2014 reg 18(1)(a)",
     "For a move to the next phase of education, the plan must be reviewed and name the new school before 15 February."},
    {"transfer.post16_to_post16", "phase_transfer_review", P::phase_transfer, "the date of a move between post-16 settings",
     C::months_before, 5, 0, "SEND Regs 2014 reg 18(2)",
     "For a move between post-16 settings, the plan must be reviewed at least 5 months before the move."},

    // Re-assessment.
    {"reassessment.decision", "reassessment_decision", P::reassessment, "the request for a re-assessment",
     C::within_days, 15, 0, "SEND Regs 2014 reg 25",
     "The council must tell you within 15 days whether it will carry out a new assessment."},

    // Moving to another local authority.
    {"la_transfer.on_move", "plan_transfer", P::la_transfer, "the day of the move", C::on_the_day, 0, 0,
     "SEND Regs 2014 reg 15(1)", "The old council must pass the plan to the new council on the day of the move."},
    {"la_transfer.late_notice", "plan_transfer", P::la_transfer,
     "the old council learning of the move, when that was less than 15 working days before it",
     C::within_working_days, 15, 0, "SEND Regs 2014 reg 15(1)",
     "If the old council heard of the move less than 15 working days before it, it must pass the plan on within 15 working days of hearing."},
    {"la_transfer.new_la_notification", "new_la_notification", P::la_transfer, "the day of the move", C::within_weeks,
     6, 0, "SEND Regs 2014 reg 15(2)",
     "The new council must tell you within 6 weeks of the move that it has the plan, and what it will do next."},

    // Disagreements: mediation and appeal.
    {"disagreement.mediation_adviser_contact", "mediation_adviser_contact", P::disagreement,
     "the decision notice is sent", C::within_months, 2, 0, "SEND Regs 2014 reg 33",
     "If you want to appeal, contact the mediation adviser within 2 months of the decision letter."},
    {"disagreement.certificate_after_declining", "mediation_certificate", P::disagreement,
     "you tell the mediation adviser you do not want mediation", C::within_working_days, 3, 0,
     "SEND Regs 2014 reg 34(1)", "The mediation adviser must give you a certificate within 3 working days."},
    {"disagreement.certificate_after_mediation", "mediation_certificate", P::disagreement, "mediation ends",
     C::within_working_days, 3, 0, "SEND Regs 2014 reg 39(1)",
     "The mediator must give you a certificate within 3 working days of the mediation ending."},
    {"disagreement.mediation_held", "mediation_held", P::disagreement, "you ask for mediation", C::within_days, 30, 0,
     "SEND Regs 2014 reg 37(1)", "The council must arrange mediation to take place within 30 days of your request."},
    {"disagreement.appeal_from_notice", "appeal_deadline", P::disagreement, "the decision notice is sent",
     C::within_months, 2, 0, "HESC Rules 2008 r.20(1)(c)",
     "You can appeal to the tribunal within 2 months of the decision letter, or within 1 month of the mediation certificate if that is later."},
    {"disagreement.appeal_from_certificate", "appeal_deadline", P::disagreement, "the mediation certificate is issued",
     C::within_months, 1, 0, "HESC Rules 2008 r.20(1)(c)",
     "You can appeal to the tribunal within 2 months of the decision letter, or within 1 month of the mediation certificate if that is later."},

    {"disagreement.la_response", "la_response", P::disagreement, "the tribunal sends the council the appeal",
     C::within_working_days, 30, 0, "HESC Rules 2008 r.21 and Tribunal directions (IPSEA tribunal timeline)",
     "The council must send the tribunal its response to the appeal within 30 working days."},

    // Tribunal orders.
    {"tribunal.assessment_notice", "assessment_notice", P::tribunal_order, "the tribunal's order", C::within_weeks, 2,
     0, "SEND Regs 2014 reg 44(2)", "After an order to assess, the council must tell you within 2 weeks that it will assess."},
    {"tribunal.draft_plan", "draft_plan", P::tribunal_order, "the tribunal's order", C::within_weeks, 5, 0,
     "SEND Regs 2014 reg 44(2)", "After an order to make a plan, the council must send the draft plan within 5 weeks."},
    {"tribunal.final_plan", "final_plan", P::tribunal_order, "the tribunal's order", C::within_weeks, 11, 0,
     "SEND Regs 2014 reg 44(2)", "After an order to make a plan, the council must issue the final plan within 11 weeks."},
    {"tribunal.amended_plan", "amended_plan", P::tribunal_order, "the tribunal's order", C::within_weeks, 5, 0,
     "SEND Regs 2014 reg 44(2)(e)", "After an order to change the plan, the council must issue the amended plan within 5 weeks."},
    {"tribunal.name_school", "amended_plan", P::tribunal_order, "the tribunal's order", C::within_weeks, 2, 0,
     "SEND Regs 2014 reg 44(2)(f)",
     "After an order that changes only the school named in the plan, the council must issue the amended plan within 2 weeks."},
    {"tribunal.immediately", "order_carried_out", P::tribunal_order, "the tribunal's order", C::on_the_day, 0, 0,
     "SEND Regs 2014 reg 44(2)",
     "After an order to keep the plan, or a decision that upholds ending it, the council must act immediately."},
}};

}  // namespace

std::span<const Rule> rules() { return table; }

const Rule& rule(std::string_view id) {
  for (const auto& r : table)
    if (r.id == id) return r;
  std::fprintf(stderr, "sendhub: no statutory rule with id %.*s\n", static_cast<int>(id.size()), id.data());
  std::abort();
}

calendar::Date due_date(const Rule& r, calendar::Date anchor) {
  using std::chrono::days;
  switch (r.counting) {
    case C::within_weeks: return anchor + days{7 * r.amount};
    case C::within_days: return anchor + days{r.amount};
    case C::days_beginning_with: return anchor + days{r.amount - 1};
    case C::within_months: return calendar::add_months(anchor, r.amount);
    case C::period_of_months: return calendar::add_months(anchor, r.amount) - days{1};
    case C::within_working_days: return calendar::add_working_days(anchor, r.amount);
    case C::weeks_before: return anchor - days{7 * r.amount};
    case C::months_before: return calendar::add_months(anchor, -r.amount);
    case C::before_date_in_year: {
      auto y = calendar::year_of(anchor);
      return std::chrono::sys_days{y / std::chrono::month{static_cast<unsigned>(r.amount)} /
                                   std::chrono::day{static_cast<unsigned>(r.day_of_month)}} - days{1};
    }
    case C::on_the_day: return anchor;
  }
  return anchor;
}

}  // namespace sendhub::statutory
