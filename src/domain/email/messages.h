// Every email SENDhub sends, worded in one place. Each says what happened and what to do next.
// None carries a child's name or any detail of their needs: email is not a secure channel, so
// the message points to SENDhub, where the person signs in to see the detail.
#pragma once

#include <string>
#include <string_view>

#include "domain/email/message.h"

namespace sendhub::email {

struct Invitation {
  std::string to, display_name;
  std::string inviter_organisation;  // "City of York Council SEN team"
  std::string role_description;      // "Parent or carer"
  std::string link;                  // the single-use link
  std::string expires_on;            // "1 December 2026"
  bool for_a_child = false;          // invited to help with a child's case
};
EmailMessage invitation_message(const Invitation& invitation);

EmailMessage password_reset_message(std::string_view to, std::string_view link, int minutes_valid);
EmailMessage password_changed_message(std::string_view to, std::string_view sign_in_link);
EmailMessage role_changed_message(std::string_view to, std::string_view new_role, std::string_view sign_in_link);

// To the family when the council decides whether to assess (the reasons are on SENDhub).
EmailMessage assessment_decision_message(std::string_view to, bool assess, std::string_view case_link);

// To the family when the draft plan is sent, and when the final plan is issued.
EmailMessage draft_plan_message(std::string_view to, std::string_view comment_by, std::string_view case_link);
EmailMessage final_plan_message(std::string_view to, std::string_view case_link);

// To a professional: their advice is due in a week, or became overdue yesterday.
EmailMessage advice_reminder_message(std::string_view to, std::string_view due_on, bool overdue, std::string_view advice_link);
// To a caseworker: how many statutory steps on the cases they hold became overdue yesterday.
EmailMessage overdue_digest_message(std::string_view to, int count, std::string_view caseload_link);

// The council consults a school or setting about naming it in a plan (CAFA s39(2)).
EmailMessage consultation_message(std::string_view to, std::string_view reply_by, std::string_view case_link);
// A school answered a consultation, or the family asked for a meeting: to the caseworker.
EmailMessage consultation_answered_message(std::string_view to, std::string_view case_link);
EmailMessage meeting_requested_message(std::string_view to, std::string_view case_link);
// The caseworker arranged the meeting the family asked for.
EmailMessage meeting_arranged_message(std::string_view to, std::string_view when, std::string_view where,
                                      std::string_view case_link);

// A new message on a case, to the other side of the conversation (its text stays on SENDhub).
EmailMessage case_message_notice(std::string_view to, bool from_family, std::string_view case_link);

// Annual reviews (review_messages.cpp), to the family.
EmailMessage review_invitation_message(std::string_view to, std::string_view when, std::string_view where,
                                       std::string_view views_by, std::string_view review_link);
EmailMessage review_report_message(std::string_view to, std::string_view decision_by, std::string_view review_link);
// outcome: maintain, amend or cease.
EmailMessage review_decision_message(std::string_view to, std::string_view outcome, std::string_view comment_by,
                                     std::string_view review_link);
EmailMessage amended_plan_message(std::string_view to, std::string_view review_link);
// To a SENCO: how many of their pupils' reviews are newly overdue or due within 8 weeks with no
// meeting arranged (counts only, never names).
EmailMessage review_reminder_message(std::string_view to, int to_arrange, int overdue, std::string_view reviews_link);

}  // namespace sendhub::email
