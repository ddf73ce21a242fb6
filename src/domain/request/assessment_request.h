// Asking for an EHC needs assessment, one question a page (the GOV.UK pattern): which questions
// there are for whoever asks, what each needs before the next, where to carry on after saving
// and returning, and the request as the council reads it. Pure: the drafts are stored by app/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/identity/invitation_rules.h"

namespace sendhub::request {

enum class Step { difficulties, support_so_far, hopes, agreement, evidence, check };

struct Answers {
  std::string difficulties;    // what the child finds hard, in the person's own words
  std::string support_so_far;  // the SEN support already tried (the graduated approach)
  std::string hopes;           // what they would like to happen (optional)
  std::string family_agreed;   // schools only: "yes" or "no"; "" not yet answered
  Step reached = Step::difficulties;  // the furthest page reached (optional pages count once passed)
};

// The pages, in order. A school or setting is also asked whether the family agrees.
std::vector<Step> steps_for(bool from_school);
std::string_view slug(Step s);  // "difficulties", "support-so-far" … as in the page's address
std::optional<Step> step_from_slug(std::string_view s);

// What must be put right on this page before moving on; nothing when it is complete.
std::vector<identity::FieldProblem> check_step(Step s, const Answers& a, bool from_school);

// Where someone returning carries on: the first page that still needs an answer, or the first
// page not yet reached, or check when every page has been passed.
Step resume_at(const Answers& a, bool from_school);

// The page after this one: the next step, or check when coming from check-your-answers.
Step after(Step s, bool from_school, bool from_check);

// Every problem across the pages, for the check-your-answers page before sending.
std::vector<identity::FieldProblem> check_all(const Answers& a, bool from_school);

// The request as the council's SEN team reads it, the answers under their questions.
std::string request_text(const Answers& a, std::string_view child_first_name);

}  // namespace sendhub::request
