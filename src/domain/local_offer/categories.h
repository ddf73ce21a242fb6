// The Local Offer's own categories, two levels, as one HSDS taxonomy: the twelve headings York's
// partners publish (early years, education and training, becoming an adult, health and
// wellbeing, equipment, transport, leisure, short breaks, social care, support and advice,
// finance, parental support), each with the kinds of help families look for under it. Ids are
// name-based UUIDs, so they are the same in every SENDhub and every export.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "domain/local_offer/hsds.h"

namespace sendhub::local_offer {

struct Category {
  std::string_view code;         // "health-wellbeing" or "health-wellbeing/speech-language"
  std::string_view name;
  std::string_view description;
  std::string_view parent_code;  // empty for a heading
};

std::span<const Category> local_offer_categories();

Taxonomy local_offer_taxonomy();
// Each category as a taxonomy term of local_offer_taxonomy().
std::vector<TaxonomyTerm> local_offer_terms();
std::string category_term_id(std::string_view code);

}  // namespace sendhub::local_offer
