#include "domain/local_offer/search_words.h"

#include <algorithm>
#include <array>

namespace sendhub::local_offer {
namespace {

// Length of the UTF-8 sequence starting with lead byte b, or 0 when b cannot start one.
std::size_t sequence_length(unsigned char b) {
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

// Sorted, for binary search (checked at compile time).
constexpr std::array<std::string_view, 54> fillers = {
    "a", "about", "aged", "am", "an", "any", "are", "at", "can", "child",
    "children", "childrens", "daughter", "do", "does", "find", "for", "from", "get", "has",
    "have", "help", "i", "in", "is", "kid", "kids", "local", "looking", "me",
    "my", "near", "need", "of", "old", "on", "or", "our", "please", "services",
    "some", "son", "that", "the", "there", "to", "want", "we", "what", "where",
    "who", "with", "year", "years"};
static_assert(std::is_sorted(fillers.begin(), fillers.end()));

}  // namespace

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word.push_back(static_cast<char>(c));
      else if (c >= 'A' && c <= 'Z') word.push_back(static_cast<char>(c - 'A' + 'a'));
      else if (c == '\'' ) {}  // "children's" reads as "childrens", "don't" as "dont"
      else {
        flush();
        if (c == '&') out.emplace_back("and");
      }
      ++i;
      continue;
    }
    // Right single quotation mark (U+2019) is an apostrophe too.
    if (text.substr(i, 3) == "\xE2\x80\x99") {
      i += 3;
      continue;
    }
    const std::size_t n = sequence_length(c);
    bool valid = n != 0 && i + n <= text.size();
    for (std::size_t k = 1; valid && k < n; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (!valid) {  // not UTF-8: a word break, and the byte is dropped
      flush();
      ++i;
      continue;
    }
    // General punctuation (U+2000–U+206F) separates words; other letters are kept.
    if (c == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80) flush();
    else word.append(text.substr(i, n));
    i += n;
  }
  flush();
  return out;
}

bool is_filler_word(std::string_view word) { return std::binary_search(fillers.begin(), fillers.end(), word); }

}  // namespace sendhub::local_offer
