// The plan editor's form objects: each takes what a caseworker typed into one form, checks it
// (GOV.UK wording: "Enter …", "Select …"), and puts it into the plan, or leaves the plan as it was
// and says what to fix. Each edit names the sections it touches, whose edit locks must still be
// the ones the editor saw.
#pragma once

#include <string>
#include <vector>

#include "domain/identity/invitation_rules.h"
#include "domain/plan/plan.h"

namespace sendhub::plan {

using identity::FieldProblem;

struct EditResult {
  std::vector<FieldProblem> problems;
  std::vector<Section> touched;
  std::string item_id;  // the item added or changed
};

// Section A: one view, aspiration or piece of history. id empty: a new item.
struct VoiceForm {
  std::string id, kind, voice, text;
  bool direct_quote = false;
};
EditResult put_voice(Plan& plan, const VoiceForm& form, const std::string& today);

// Sections B, C, D.
struct NeedForm {
  std::string id, section, area, text;
};
EditResult put_need(Plan& plan, const NeedForm& form);

// Section E. by_kind: "date" (by_date is YYYY-MM-DD), "phase" (by_phase), or "" for no target.
struct OutcomeForm {
  std::string id, text, by_kind, by_date, by_phase, york_outcome, pfa_area;
  std::vector<std::string> need_ids, voice_ids;
};
EditResult put_outcome(Plan& plan, const OutcomeForm& form);

// Sections F, G, H1, H2. count and minutes as typed; count with a unit, or neither.
struct ProvisionForm {
  std::string id, section, text, what, who, delivery, count, per, minutes, group;
  std::vector<std::string> need_ids, outcome_ids;
  bool pfa = false, funding_only = false, direct_payment = false;
};
EditResult put_provision(Plan& plan, const ProvisionForm& form);

// The "nothing here" statement of C, D, G, H1 or H2 (empty text removes it).
EditResult put_statement(Plan& plan, const std::string& section, const std::string& text);

// Section I. All empty: no placement named yet.
struct PlacementForm {
  std::string name, urn, ukprn, type;
};
EditResult put_placement(Plan& plan, const PlacementForm& form);

// Section J. has_budget false: no personal budget (section J says so).
struct BudgetForm {
  bool has_budget = false, direct_payment = false;
  std::string amount, details;
  std::vector<std::string> provision_ids;
};
EditResult put_budget(Plan& plan, const BudgetForm& form);

// Section K: how one recommendation of the advice is carried into the plan, or why it is not.
struct MappingForm {
  std::string recommendation_id;
  std::vector<std::string> mapped_to;
  std::string not_included_reason;
};
EditResult put_mapping(Plan& plan, const MappingForm& form);

// Removes a section A item, need, outcome or provision item; refused while others point at it.
EditResult remove_item(Plan& plan, const std::string& id);

// A fresh id for a new item of this section ("b3", "h1-2", "o4", "a2"), unused in the plan.
std::string next_id(const Plan& plan, Section section);

// The section an item of this id sits in, if there is one.
std::optional<Section> section_of_item(const Plan& plan, const std::string& id);

}  // namespace sendhub::plan
