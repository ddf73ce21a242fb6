#include "domain/request/assessment_request.h"

#include <algorithm>

namespace sendhub::request {
namespace {

constexpr std::size_t limit = 5000;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

std::vector<Step> steps_for(bool from_school) {
  std::vector<Step> out{Step::difficulties, Step::support_so_far, Step::hopes};
  if (from_school) out.push_back(Step::agreement);
  out.push_back(Step::evidence);
  out.push_back(Step::check);
  return out;
}

std::string_view slug(Step s) {
  switch (s) {
    case Step::difficulties: return "difficulties";
    case Step::support_so_far: return "support-so-far";
    case Step::hopes: return "hopes";
    case Step::agreement: return "family-agreement";
    case Step::evidence: return "evidence";
    case Step::check: return "check";
  }
  return "check";
}

std::optional<Step> step_from_slug(std::string_view s) {
  for (auto step : {Step::difficulties, Step::support_so_far, Step::hopes, Step::agreement, Step::evidence, Step::check})
    if (slug(step) == s) return step;
  return std::nullopt;
}

std::vector<identity::FieldProblem> check_step(Step s, const Answers& a, bool from_school) {
  std::vector<identity::FieldProblem> out;
  const auto too_long = [&](const char* field, const std::string& v) {
    if (v.size() > limit) out.push_back({field, "Keep this to 5,000 characters or fewer"});
  };
  switch (s) {
    case Step::difficulties:
      if (blank(a.difficulties)) out.push_back({"difficulties", "Say what your child finds hard, in your own words"});
      too_long("difficulties", a.difficulties);
      break;
    case Step::support_so_far:
      if (blank(a.support_so_far))
        out.push_back({"support_so_far", "Say what support has been tried so far, or that there has been none"});
      too_long("support_so_far", a.support_so_far);
      break;
    case Step::hopes:
      too_long("hopes", a.hopes);
      break;
    case Step::agreement:
      if (from_school && a.family_agreed != "yes" && a.family_agreed != "no")
        out.push_back({"family_agreed", "Select whether the family knows about this request and agrees to it"});
      else if (from_school && a.family_agreed == "no")
        out.push_back({"family_agreed", "A school or setting can ask only when the family knows and agrees. Talk to the family first"});
      break;
    case Step::evidence:
    case Step::check:
      break;
  }
  return out;
}

Step resume_at(const Answers& a, bool from_school) {
  const auto steps = steps_for(from_school);
  const auto reached = std::find(steps.begin(), steps.end(), a.reached);
  for (auto it = steps.begin(); it != steps.end(); ++it) {
    if (*it == Step::check) return Step::check;
    if (!check_step(*it, a, from_school).empty()) return *it;
    if (reached == steps.end() || it >= reached) return *it;
  }
  return Step::check;
}

Step after(Step s, bool from_school, bool from_check) {
  if (from_check) return Step::check;
  const auto steps = steps_for(from_school);
  auto it = std::find(steps.begin(), steps.end(), s);
  return it == steps.end() || it + 1 == steps.end() ? Step::check : *(it + 1);
}

std::vector<identity::FieldProblem> check_all(const Answers& a, bool from_school) {
  std::vector<identity::FieldProblem> out;
  for (auto s : steps_for(from_school))
    for (auto& p : check_step(s, a, from_school)) out.push_back(std::move(p));
  return out;
}

std::string request_text(const Answers& a, std::string_view name) {
  std::string out = "What " + std::string(name) + " finds hard:\n" + a.difficulties + "\n\nSupport tried so far:\n" + a.support_so_far;
  if (!blank(a.hopes)) out += "\n\nWhat we would like to happen:\n" + a.hopes;
  return out;
}

}  // namespace sendhub::request
