#include "domain/forms/typed_date.h"

namespace sendhub::forms {

std::optional<calendar::Date> typed_date_or_today(const std::string& typed, calendar::Date today, const std::string& field,
                                                  std::vector<identity::FieldProblem>& problems) {
  if (typed.empty()) return today;
  auto d = calendar::parse_date(typed);
  if (d) return *d;
  problems.push_back({field, "The date must be a real date, like 3 3 2026"});
  return std::nullopt;
}

}  // namespace sendhub::forms
