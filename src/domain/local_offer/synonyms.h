// The maintained list of words families and professionals use for the same thing: acronyms
// (SALT, OT, ASD, CAMHS, EHCP, SENDIASS …), everyday words (respite for short breaks) and the
// Local Offer's own terms. A search for any member of a group also finds every other member.
// Some groups are one-way: "anxiety" also finds mental health services, but a search for
// mental health does not have to mention anxiety.
//
// To add a term: put it in the group it means, lower case, words separated by single spaces
// (search_words.h decides what a word is). The tests check every entry is written that way.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sendhub::local_offer {

struct SynonymGroup {
  std::span<const std::string_view> members;  // mean the same; each finds all the others
  std::span<const std::string_view> also;     // broader terms a member also finds (one way)
};

std::span<const SynonymGroup> synonym_groups();

struct SynonymMatch {
  const SynonymGroup* group = nullptr;
  std::size_t words = 0;  // how many query words the matched member covers
};

// The longest member of any group that the words starting at `at` spell out.
SynonymMatch match_synonym(std::span<const std::string> words, std::size_t at);

// Every member and "also" term of the group, each split into words.
std::vector<std::vector<std::string>> expansions(const SynonymGroup& group);

}  // namespace sendhub::local_offer
