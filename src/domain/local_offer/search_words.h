// How the Local Offer search reads text: lower case, split at anything that is not a letter or
// digit, "&" read as "and". Letters outside ASCII (Polish, Urdu, Bengali, Chinese …) are kept
// as they are, so a search in any script still finds words in that script. There is no minimum
// word length: "OT" and "EP" are words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sendhub::local_offer {

std::vector<std::string> words_of(std::string_view text);

// Words that carry no meaning in a search box ("for", "my", "the", "near"), dropped from queries.
bool is_filler_word(std::string_view word);

}  // namespace sendhub::local_offer
