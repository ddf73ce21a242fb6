// Messages between the family and the council SEN team, kept with the case so that nobody has
// to search an inbox. The other side is told by email that there is a message (not what it says).
#pragma once

#include <string>
#include <vector>

#include "app/casework/case_event_job.h"

namespace sendhub::app {

struct CaseMessage {
  std::string author_name, author_role, sent_at, body;
  bool from_family = false;
};

// Families of the child, and the council SEN team (not panel members), may write.
Result<std::vector<identity::FieldProblem>> send_case_message(store::Database& db, const access::Actor& actor,
                                                              const std::string& case_id, const std::string& body,
                                                              const RequestContext& ctx);

// Oldest first; the caller has already opened the case for the reader.
Result<std::vector<CaseMessage>> case_messages(store::Database& db, const std::string& case_id);

}  // namespace sendhub::app
