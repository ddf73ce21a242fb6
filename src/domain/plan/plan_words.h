// Plan data put into words for people: the rendered plan, the differences between versions and
// the editor's summaries all say "2 sessions each week" the same way.
#pragma once

#include <string>
#include <vector>

#include "domain/plan/plan.h"

namespace sendhub::plan {

// "1 session each school day", "2 sessions each week"; words as written; "" when not stated.
std::string describe_frequency(const FrequencyField& f);
std::string describe_frequency(const Frequency& f);
// "30 minutes"; words as written; "" when not stated.
std::string describe_minutes(const Scalar& minutes);
// A number as people write it: 2, 2.5, 1250.
std::string describe_number(const Scalar& s);
// When an outcome is to be reached: "17 July 2026", "The end of key stage 2", words as written.
std::string describe_by(const std::optional<std::string>& by);
// "b1, b2" → the needs' first words, for showing what an item links to.
std::string join(const std::vector<std::string>& parts, const std::string& separator = ", ");

}  // namespace sendhub::plan
