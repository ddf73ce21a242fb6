#include "domain/plan/plan.h"

#include <array>

namespace sendhub::plan {
namespace {

constexpr std::array<std::string_view, 12> names{"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"};

}  // namespace

std::string_view to_string(Section s) { return names[static_cast<std::size_t>(s)]; }

std::optional<Section> section_from_string(std::string_view s) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == s) return static_cast<Section>(i);
  return std::nullopt;
}

std::optional<std::string>* no_needs_statement(NoNeedsStatements& n, Section s) {
  switch (s) {
    case Section::c: return &n.c;
    case Section::d: return &n.d;
    case Section::g: return &n.g;
    case Section::h1: return &n.h1;
    case Section::h2: return &n.h2;
    default: return nullptr;
  }
}

const std::optional<std::string>* no_needs_statement(const NoNeedsStatements& n, Section s) {
  return no_needs_statement(const_cast<NoNeedsStatements&>(n), s);
}

}  // namespace sendhub::plan
