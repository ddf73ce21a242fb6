// A page that only tells the person something: what happened and what to do next.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "web/site.h"

namespace sendhub::web {

struct Message {
  std::string heading;
  std::vector<std::string> paragraphs;
  std::vector<std::pair<std::string, std::string>> links;  // href, text
  bool confirmation = false;  // a green panel, for something just done
  int status = 200;
};

Response message_page(const Site& site, const Message& message, const Chrome* chrome = nullptr);

}  // namespace sendhub::web
