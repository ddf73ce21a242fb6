#include "domain/local_offer/emails.h"

#include <string>

namespace sendhub::local_offer {

email::EmailMessage review_reminder_message(std::string_view to, std::string_view name, std::string_view link,
                                            std::string_view expires_on) {
  email::EmailMessage m;
  m.to = std::string(to);
  m.subject = "Please check your Local Offer entry: " + std::string(name).substr(0, 120);
  m.body = "Families use the Local Offer to find services like yours, so it needs to be up to date.\n\n"
           "Please check the entry for " + std::string(name) + " and tell us whether it is still correct:\n" +
           std::string(link) +
           "\n\nIt takes one click if nothing has changed. If something needs changing, you can tell us what on the same "
           "page, or sign in to SENDhub and edit the entry.\n\nThe link works once and stops working on " +
           std::string(expires_on) + ".\n";
  return m;
}

email::EmailMessage change_waiting_message(std::string_view to, std::string_view name, std::string_view link) {
  email::EmailMessage m;
  m.to = std::string(to);
  m.subject = "A change to the Local Offer is waiting for approval";
  m.body = "A provider has proposed a change to " + std::string(name) +
           ".\n\nCheck it and approve it or turn it down here:\n" + std::string(link) +
           "\n\nFamilies see the entry as it was until the change is approved.\n";
  return m;
}

email::EmailMessage change_decided_message(std::string_view to, std::string_view name, bool approved, std::string_view note,
                                           std::string_view link) {
  email::EmailMessage m;
  m.to = std::string(to);
  m.subject = approved ? "Your change to the Local Offer has been published" : "Your change to the Local Offer was not published";
  m.body = (approved ? "The Local Offer team has approved your change to " + std::string(name) + ". Families can see it now.\n\n"
                     : "The Local Offer team did not publish your change to " + std::string(name) + ".\n\n") +
           (note.empty() ? std::string() : "Their note: " + std::string(note) + "\n\n") + "See the entry here:\n" +
           std::string(link) + "\n";
  return m;
}

}  // namespace sendhub::local_offer
