// The Local Offer's public interface strings, in message files (templates/messages/
// local_offer.LANG.json), one per language York publishes in: English, Polish, Urdu, Bengali,
// Turkish and Cantonese. Each file must hold exactly the English file's keys with the same
// {placeholders}, or start-up stops and names the key, so a translator cannot break a page.
// Services' own text is the provider's and stays in English (pages mark it lang="en").
#pragma once

#include <ctemplate/template.h>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/error.h"

namespace sendhub::web {

struct PageLanguage {
  std::string code;         // BCP 47, as in lang=""
  std::string native_name;  // "Polski"
  bool right_to_left = false;
};

class LocalOfferMessages {
 public:
  // Loads every local_offer.*.json in dir; English must be there.
  static Result<LocalOfferMessages> load(const std::filesystem::path& dir);

  const std::vector<PageLanguage>& languages() const { return languages_; }
  // The language for a ?lang= value, English when unknown.
  const PageLanguage& language(std::string_view code) const;
  // The text with {name} placeholders filled.
  std::string text(std::string_view lang, std::string_view key,
                   std::initializer_list<std::pair<std::string_view, std::string>> values = {}) const;
  // Every message as {{M_KEY}} in the dictionary (sections see their parent's values).
  void fill(ctemplate::TemplateDictionary& d, std::string_view lang) const;
  // "12 March 2026" in the language, from YYYY-MM-DD ("" for anything else).
  std::string long_date(std::string_view lang, std::string_view iso_date) const;

 private:
  std::vector<PageLanguage> languages_;
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> text_;  // lang → key → text
};

// Replaces the English layout's page language with the chosen one and marks the header and
// footer, which stay in English, as English. The layout is shared, so this looks for its exact
// opening tags and fails loudly (internal) if they change.
Result<std::string> localise_page(std::string html, const PageLanguage& language);

}  // namespace sendhub::web
