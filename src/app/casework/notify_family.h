// Emails the family members who may see a child's record (parents, or the young person once the
// rights are theirs), in the same transaction as the change the email reports.
#pragma once

#include <functional>
#include <string>

#include "domain/access/policy.h"
#include "domain/email/message.h"
#include "store/database.h"

namespace sendhub::app {

Result<int> notify_family(store::Connection& c, const access::Resource& child,
                          const std::function<email::EmailMessage(const std::string& address)>& message,
                          std::int64_t now);

}  // namespace sendhub::app
