// A complaint about the SEND service, recorded against the child's record: what it is about,
// who made it, and how the council answered. The partnership's plan counts complaints about
// communication (target: 60% fewer), so the topic is a closed list, not free text. No statutory
// time limit applies (a council's own complaints procedure sets its reply times), so SENDhub
// records the dates and shows how long each took rather than a due date it cannot cite.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/calendar/date.h"
#include "domain/identity/invitation_rules.h"

namespace sendhub::complaints {

enum class Topic { communication, delay, provision, decision, other };
enum class Outcome { upheld, partly_upheld, not_upheld };

struct Choice {
  std::string_view value, label;
};
const std::vector<Choice>& topics();
const std::vector<Choice>& outcomes();
const std::vector<Choice>& made_by_choices();
std::string_view label_of(const std::vector<Choice>& choices, std::string_view value);

std::optional<Topic> topic_from_string(std::string_view s);
std::string_view to_string(Topic t);

inline constexpr std::size_t summary_limit = 2000;

struct ComplaintForm {
  std::string topic, made_by, received_on, summary;  // received_on: YYYY-MM-DD, empty for today
};
struct CheckedComplaint {
  Topic topic;
  std::string made_by;
  calendar::Date received_on;
  std::string summary;
};
// The form's problems in page order, or the complaint to store. A family making the complaint
// themselves cannot date it: it is received the day they send it.
std::variant<CheckedComplaint, std::vector<identity::FieldProblem>> check_complaint(const ComplaintForm& form, calendar::Date today,
                                                                                      bool from_family);

struct ResponseForm {
  std::string outcome, responded_on;  // responded_on empty for today
};
std::variant<std::pair<std::string, calendar::Date>, std::vector<identity::FieldProblem>> check_response(
    const ResponseForm& form, calendar::Date received_on, calendar::Date today);

}  // namespace sendhub::complaints
