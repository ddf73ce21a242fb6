// The annual review's emails to the family: the invitation, the report, the council's decision
// and the amended plan. Like every message, no names or needs, only what happened and a link.
#include "domain/email/messages.h"

namespace sendhub::email {
namespace {

EmailMessage to(std::string_view address, std::string subject, std::string body) {
  EmailMessage m;
  m.to = std::string(address);
  m.subject = std::move(subject);
  m.body = std::move(body);
  return m;
}

std::string reviews(int n) { return n == 1 ? "1 annual review" : std::to_string(n) + " annual reviews"; }

const char* sendiass = "\n\nIf you need help, your local SENDIASS gives free, confidential advice.\n";

}  // namespace

EmailMessage review_invitation_message(std::string_view address, std::string_view when, std::string_view where,
                                       std::string_view views_by, std::string_view link) {
  return to(address, "You are invited to the annual review of the EHC plan",
            "The school or setting has arranged the annual review meeting of the education, health and care plan "
            "for " + std::string(when) + (where.empty() ? "" : ", at " + std::string(where)) + ".\n\n"
            "Please tell us what is working and what is not, and add your child's views, by " + std::string(views_by) +
            ", so everyone can read them before the meeting.\n\nSee the review and add your views here:\n" +
            std::string(link) + sendiass);
}

EmailMessage review_report_message(std::string_view address, std::string_view decision_by, std::string_view link) {
  return to(address, "The report of the annual review meeting is ready",
            "The report of the annual review meeting has been sent to everyone who was invited.\n\n"
            "The council will decide whether to keep the plan as it is, change it or end it by " +
            std::string(decision_by) + ".\n\nRead the report here:\n" + std::string(link) + "\n");
}

EmailMessage review_decision_message(std::string_view address, std::string_view outcome, std::string_view comment_by,
                                     std::string_view link) {
  std::string body;
  if (outcome == "amend")
    body = "After the annual review, the council has decided to change the EHC plan. The proposed changes are "
           "ready for you to read.\n\nYou have until " + std::string(comment_by) + " to comment on them and to say "
           "which school or setting you would like named. If you have no comments, you can say so and the plan "
           "can be issued sooner.\n\nRead the proposed changes and reply here:\n";
  else if (outcome == "cease")
    body = "After the annual review, the council has decided to stop maintaining the EHC plan. The letter gives the "
           "reasons and your right to mediation and to appeal to the SEND Tribunal.\n\nRead the letter here:\n";
  else
    body = "After the annual review, the council has decided to keep the EHC plan as it is. The letter gives the "
           "reasons and your right to mediation and to appeal.\n\nRead the letter here:\n";
  return to(address, "The council's decision after the annual review", body + std::string(link) + sendiass);
}

EmailMessage amended_plan_message(std::string_view address, std::string_view link) {
  return to(address, "The amended EHC plan has been issued",
            "The council has issued the amended education, health and care plan.\n\n"
            "Read it, see exactly what changed, and see your right to appeal, here:\n" + std::string(link) + sendiass);
}

EmailMessage review_reminder_message(std::string_view address, int to_arrange, int overdue, std::string_view link) {
  std::string body;
  if (overdue > 0)
    body += reviews(overdue) + " of pupils at your school or setting " + (overdue == 1 ? "is" : "are") +
            " overdue, with no meeting arranged, or a meeting that has passed but is not recorded.\n\n";
  if (to_arrange > 0)
    body += reviews(to_arrange) + (to_arrange == 1 ? " falls" : " fall") +
            " due in the next 8 weeks with no meeting arranged yet. Families and professionals need at least 2 weeks' "
            "notice of the meeting, and advice must be sent out 2 weeks before it.\n\n";
  const std::string subject = overdue > 0 ? "Annual reviews are overdue at your school or setting"
                                          : "Annual reviews to arrange at your school or setting";
  return to(address, subject, body + "See them, soonest first, and arrange each meeting here:\n" + std::string(link) + "\n");
}

}  // namespace sendhub::email
