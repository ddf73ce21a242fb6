// An EHC plan as linked data, sections A to K, shaped exactly like the open `sendhub-plan/1`
// exchange format (shared/reference/plan-format.md): needs, outcomes and provision are separate
// items that point at each other by id, so checks and renderings read structure, not prose.
// Dates stay as the text written (YYYY-MM-DD), so a plan that leaves SENDhub comes back unchanged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sendhub::plan {

// A JSON scalar as written, for members the format lets carry a number, words or nothing.
using Scalar = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

struct LocalAuthorityRef {
  std::string code, name;
  bool operator==(const LocalAuthorityRef&) const = default;
};

struct Child {
  std::string name, date_of_birth, year_group, setting;
  bool operator==(const Child&) const = default;
};

struct SectionAItem {
  std::string id, kind;
  std::optional<std::string> voice;
  bool direct_quote = false;
  std::string text;
  bool operator==(const SectionAItem&) const = default;
};

struct SectionA {
  std::string updated;
  std::vector<SectionAItem> items;
  bool operator==(const SectionA&) const = default;
};

struct Need {
  std::string id, section, area, text;  // section B, C or D
  bool operator==(const Need&) const = default;
};

// The explicit "nothing here" statements for C, D, G, H1 and H2; null while the section has items.
struct NoNeedsStatements {
  std::optional<std::string> c, d, g, h1, h2;
  bool operator==(const NoNeedsStatements&) const = default;
};

struct Outcome {
  std::string id, text;
  std::optional<std::string> by;  // a date, a phase end, or words kept as written
  std::string york_outcome;
  std::optional<std::string> pfa_area;
  std::vector<std::string> need_ids, voice_ids;
  bool operator==(const Outcome&) const = default;
};

struct Frequency {
  Scalar count;  // a number > 0 when well formed
  std::string per;
  bool operator==(const Frequency&) const = default;
};
// A frequency object, words ("weekly"), or not stated.
using FrequencyField = std::variant<std::monostate, Frequency, std::string>;

struct Provision {
  std::string id, section, text;  // section F, G, H1 or H2
  std::optional<std::string> what, who;
  std::string delivery;  // direct, indirect, resource
  FrequencyField frequency;
  Scalar session_minutes;  // integer minutes, words, or nothing
  std::optional<std::string> group;
  std::vector<std::string> need_ids, outcome_ids;
  bool pfa = false, funding_only = false, direct_payment = false;
  bool operator==(const Provision&) const = default;
};

struct Placement {
  std::optional<std::string> name, urn, ukprn;
  std::string type;
  bool operator==(const Placement&) const = default;
};

struct PersonalBudget {
  bool direct_payment = false;
  std::vector<std::string> provision_ids;
  Scalar amount_per_year;
  std::optional<std::string> details;
  bool operator==(const PersonalBudget&) const = default;
};

// Sections I and J tell "not in the plan at all" (included false) from "in the plan, empty".
template <class T>
struct OptionalSection {
  bool included = false;
  std::optional<T> content;
  bool operator==(const OptionalSection&) const = default;
};

struct Quantity {
  Frequency frequency;
  Scalar session_minutes;
  std::optional<std::string> group;
  bool operator==(const Quantity&) const = default;
};

struct Recommendation {
  std::string id, text;
  std::optional<Quantity> quantity;
  std::vector<std::string> mapped_to;  // provision items and outcomes carrying it
  std::optional<std::string> not_included_reason;
  bool operator==(const Recommendation&) const = default;
};

struct Advice {
  std::string id, from_role;
  std::optional<std::string> author, date, document_ref;
  bool reuse_agreed = false;
  std::optional<std::string> summary;
  std::vector<Recommendation> recommendations;
  bool operator==(const Advice&) const = default;
};

struct Plan {
  std::string plan_id;
  std::int64_t version = 1;
  std::optional<LocalAuthorityRef> local_authority;
  std::string status = "draft";  // draft or final
  std::string plan_date;
  std::optional<std::string> last_review_date, next_review_due;
  Child child;
  std::optional<SectionA> section_a;
  std::vector<Need> needs;
  NoNeedsStatements no_needs;
  std::vector<Outcome> outcomes;
  std::vector<Provision> provision;
  OptionalSection<Placement> placement;
  OptionalSection<PersonalBudget> personal_budget;
  std::vector<Advice> advice;
  bool operator==(const Plan&) const = default;
};

// The sections a person edits one at a time; each has its own edit lock.
enum class Section { a, b, c, d, e, f, g, h1, h2, i, j, k };
std::string_view to_string(Section s);  // "A", "H1" …
std::optional<Section> section_from_string(std::string_view s);

// The statement member for C, D, G, H1 or H2; nullptr for other sections.
std::optional<std::string>* no_needs_statement(NoNeedsStatements& n, Section s);
const std::optional<std::string>* no_needs_statement(const NoNeedsStatements& n, Section s);

}  // namespace sendhub::plan
