#include "domain/complaints/complaint.h"

#include <array>

#include "domain/forms/typed_date.h"

namespace sendhub::complaints {
namespace {

constexpr std::array<std::pair<Topic, std::string_view>, 5> topic_names{{
    {Topic::communication, "communication"},
    {Topic::delay, "delay"},
    {Topic::provision, "provision"},
    {Topic::decision, "decision"},
    {Topic::other, "other"},
}};

bool has_text(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

// A typed date: empty is today; otherwise a real date, not in the future, not before `earliest`.
std::optional<calendar::Date> checked_date(const std::string& typed, calendar::Date today, std::optional<calendar::Date> earliest,
                                           std::string_view earliest_words, const std::string& field,
                                           std::vector<identity::FieldProblem>& problems) {
  auto d = forms::typed_date_or_today(typed, today, field, problems);
  if (!d) return std::nullopt;
  if (*d > today) problems.push_back({field, "The date cannot be in the future"});
  else if (earliest && *d < *earliest) problems.push_back({field, "The date cannot be before " + std::string(earliest_words)});
  else return *d;
  return std::nullopt;
}

}  // namespace

const std::vector<Choice>& topics() {
  static const std::vector<Choice> all{
      {"communication", "Communication: not being kept informed, or not getting a reply"},
      {"delay", "Delay: a step took longer than it should"},
      {"provision", "Support in the plan not being given"},
      {"decision", "A decision, or how it was made"},
      {"other", "Something else"},
  };
  return all;
}

const std::vector<Choice>& outcomes() {
  static const std::vector<Choice> all{
      {"upheld", "Upheld: the complaint was right"},
      {"partly_upheld", "Partly upheld"},
      {"not_upheld", "Not upheld"},
  };
  return all;
}

const std::vector<Choice>& made_by_choices() {
  static const std::vector<Choice> all{
      {"parent", "The parent or carer"},
      {"young_person", "The young person"},
      {"advocate", "Someone on the family's behalf (an advocate or SENDIASS)"},
  };
  return all;
}

std::string_view label_of(const std::vector<Choice>& choices, std::string_view value) {
  for (const auto& c : choices)
    if (c.value == value) return c.label;
  return "";
}

std::optional<Topic> topic_from_string(std::string_view s) {
  for (const auto& [t, n] : topic_names)
    if (n == s) return t;
  return std::nullopt;
}

std::string_view to_string(Topic t) {
  for (const auto& [k, n] : topic_names)
    if (k == t) return n;
  return "other";
}

std::variant<CheckedComplaint, std::vector<identity::FieldProblem>> check_complaint(const ComplaintForm& f, calendar::Date today,
                                                                                      bool from_family) {
  std::vector<identity::FieldProblem> problems;
  auto topic = topic_from_string(f.topic);
  if (!topic) problems.push_back({"topic", "Select what the complaint is about"});
  if (!from_family && label_of(made_by_choices(), f.made_by).empty())
    problems.push_back({"made_by", "Select who made the complaint"});
  std::optional<calendar::Date> received = today;
  if (!from_family) received = checked_date(f.received_on, today, std::nullopt, "", "received_on", problems);
  if (!has_text(f.summary)) problems.push_back({"summary", "Describe the complaint"});
  else if (f.summary.size() > summary_limit)
    problems.push_back({"summary", "The description must be " + std::to_string(summary_limit) + " characters or fewer"});
  if (!problems.empty()) return problems;
  return CheckedComplaint{*topic, from_family ? std::string() : f.made_by, *received, f.summary};
}

std::variant<std::pair<std::string, calendar::Date>, std::vector<identity::FieldProblem>> check_response(
    const ResponseForm& f, calendar::Date received_on, calendar::Date today) {
  std::vector<identity::FieldProblem> problems;
  if (label_of(outcomes(), f.outcome).empty()) problems.push_back({"outcome", "Select the outcome of the complaint"});
  auto on = checked_date(f.responded_on, today, received_on, "the day the complaint was received", "responded_on", problems);
  if (!problems.empty()) return problems;
  return std::pair{f.outcome, *on};
}

}  // namespace sendhub::complaints
