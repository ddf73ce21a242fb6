#include "domain/email/messages.h"


namespace sendhub::email {

EmailMessage invitation_message(const Invitation& i) {
  EmailMessage m;
  m.to = i.to;
  m.subject = "You have been invited to SENDhub";
  m.body = "Dear " + i.display_name + ",\n\n" + i.inviter_organisation + " has invited you to SENDhub as: " +
           i.role_description + ".\n\n" +
           (i.for_a_child ? "You have been asked to help with a child's education, health and care case. You will see "
                            "the details after you sign in; we do not put them in emails.\n\n"
                          : "") +
           "To accept, open this link and choose a password:\n" + i.link + "\n\nThe link works once and stops working on " +
           i.expires_on + ". If it has stopped working, ask " + i.inviter_organisation + " to invite you again.\n\n" +
           "If you were not expecting this email, you can ignore it. Nobody can use the invitation without this link.\n";
  return m;
}

EmailMessage password_reset_message(std::string_view to, std::string_view link, int minutes_valid) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "Reset your SENDhub password";
  m.body = "Someone asked to reset the password for the SENDhub account that uses this email address.\n\n"
           "To choose a new password, open this link within " + std::to_string(minutes_valid) + " minutes:\n" +
           std::string(link) +
           "\n\nThe link works once. If you did not ask for this, ignore this email: your password has not changed.\n";
  return m;
}

EmailMessage password_changed_message(std::string_view to, std::string_view sign_in_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "Your SENDhub password has been changed";
  m.body = "The password for your SENDhub account was changed, and you were signed out everywhere.\n\n"
           "Sign in with your new password here:\n" + std::string(sign_in_link) +
           "\n\nIf you did not change it, contact your SEN team straight away: someone else may know your password.\n";
  return m;
}

EmailMessage role_changed_message(std::string_view to, std::string_view new_role, std::string_view sign_in_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "Your role in SENDhub has changed";
  m.body = "An administrator changed your role in SENDhub. You now act as: " + std::string(new_role) +
           ".\n\nYou have been signed out, so that the change takes effect. Sign in again here:\n" +
           std::string(sign_in_link) + "\n\nIf you think this is a mistake, contact your SEN team or administrator.\n";
  return m;
}

EmailMessage assessment_decision_message(std::string_view to, bool assess, std::string_view case_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = assess ? "The council will carry out an EHC needs assessment" : "The council has decided not to carry out an EHC needs assessment";
  m.body = std::string(assess ? "The council has decided to carry out the education, health and care needs assessment you asked "
                                "for. It will now ask professionals for advice.\n\n"
                              : "The council has decided not to carry out the education, health and care needs assessment you "
                                "asked for. You can appeal against this decision; the reasons and how to appeal are on SENDhub.\n\n") +
           "Sign in to see the reasons, the dates for each next step and what you can do now:\n" + std::string(case_link) +
           "\n\nIf you need help, your local SENDIASS gives free, confidential advice.\n";
  return m;
}

EmailMessage draft_plan_message(std::string_view to, std::string_view comment_by, std::string_view case_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "The draft EHC plan is ready for your comments";
  m.body = "The council has sent you the draft education, health and care plan.\n\n"
           "You have until " + std::string(comment_by) + " to comment on it and to say which school or setting you would "
           "like named in it. You can also ask for a meeting with the caseworker.\n\n"
           "Read the draft and reply here:\n" + std::string(case_link) + "\n";
  return m;
}

EmailMessage final_plan_message(std::string_view to, std::string_view case_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "The final EHC plan has been issued";
  m.body = "The council has issued the final education, health and care plan.\n\n"
           "Read it, and see your right to appeal and the date of the first review, here:\n" + std::string(case_link) +
           "\n\nIf you need help, your local SENDIASS gives free, confidential advice.\n";
  return m;
}

EmailMessage consultation_message(std::string_view to, std::string_view reply_by, std::string_view case_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "The council is consulting your school or setting about an EHC plan";
  m.body = "The council is thinking of naming your school or setting in a child's education, health and care plan, "
           "and asks whether you can meet the needs the draft plan sets out.\n\nPlease reply by " + std::string(reply_by) +
           ". Read the draft plan and reply here:\n" + std::string(case_link) + "\n";
  return m;
}

EmailMessage consultation_answered_message(std::string_view to, std::string_view case_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "A school or setting has answered your consultation";
  m.body = "A school or setting you consulted about naming it in an EHC plan has replied.\n\nRead the reply:\n" +
           std::string(case_link) + "\n";
  return m;
}

EmailMessage meeting_requested_message(std::string_view to, std::string_view case_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "A family has asked for a meeting about their draft EHC plan";
  m.body = "A family has asked to meet you about their child's draft education, health and care plan, as they may while "
           "the draft is with them.\n\nSee when suits them and arrange the meeting here:\n" + std::string(case_link) + "\n";
  return m;
}

EmailMessage meeting_arranged_message(std::string_view to, std::string_view when, std::string_view where,
                                      std::string_view case_link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = "Your meeting about the draft EHC plan is arranged";
  m.body = "The caseworker has arranged the meeting you asked for: " + std::string(when) + ", " + std::string(where) +
           ".\n\nIf that does not suit you, send a message from the case page:\n" + std::string(case_link) + "\n";
  return m;
}

EmailMessage advice_reminder_message(std::string_view to, std::string_view due_on, bool overdue, std::string_view link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = overdue ? "Your advice for an EHC needs assessment is overdue" : "Your advice for an EHC needs assessment is due in a week";
  m.body = std::string(overdue ? "The advice you were asked for was due on " : "The advice you were asked for is due on ") +
           std::string(due_on) + ". The law gives 6 weeks, and the family is waiting for the assessment to finish.\n\n"
           "Write and send your advice here:\n" + std::string(link) +
           "\n\nIf you cannot give it in time, tell the caseworker, who can agree what to do.\n";
  return m;
}

EmailMessage overdue_digest_message(std::string_view to, int count, std::string_view link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = count == 1 ? "1 statutory step became overdue yesterday" : std::to_string(count) + " statutory steps became overdue yesterday";
  m.body = std::string("On the cases you hold, ") + (count == 1 ? "1 statutory step" : std::to_string(count) + " statutory steps") +
           " passed its legal time limit yesterday without being done.\n\nSee them, most urgent first, on your caseload:\n" +
           std::string(link) + "\n";
  return m;
}

EmailMessage case_message_notice(std::string_view to, bool from_family, std::string_view link) {
  EmailMessage m;
  m.to = std::string(to);
  m.subject = from_family ? "A family has sent you a message on SENDhub" : "Your caseworker has sent you a message on SENDhub";
  m.body = std::string(from_family ? "A family whose case you hold has sent you a message about their child's assessment."
                                   : "The council's SEN team has sent you a message about your child's assessment.") +
           " For privacy the message itself is only on SENDhub.\n\nRead it and reply here:\n" + std::string(link) + "\n";
  return m;
}

}  // namespace sendhub::email
