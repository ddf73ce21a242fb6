// Emails about the Local Offer directory, worded in one place. They go to providers and the
// council's Local Offer team, never to families, and carry no more than the service's name.
#pragma once

#include <string_view>

#include "domain/email/message.h"

namespace sendhub::local_offer {

// To a provider: the entry is due for its check. link opens a page with "still correct" and
// "something needs changing"; it works once, for review_link_days.
email::EmailMessage review_reminder_message(std::string_view to, std::string_view service_name, std::string_view link,
                                            std::string_view expires_on);
// To the Local Offer team: a provider has proposed a change.
email::EmailMessage change_waiting_message(std::string_view to, std::string_view service_name, std::string_view link);
// To the provider who proposed it: the team approved or turned down the change.
email::EmailMessage change_decided_message(std::string_view to, std::string_view service_name, bool approved,
                                           std::string_view note, std::string_view link);

}  // namespace sendhub::local_offer
