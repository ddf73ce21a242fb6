// Reading another Open Referral UK feed: every page of /services, then each service fully
// nested from /services/{id} (list pages carry only one-to-one members), gathered into one
// ReadDirectory for import_directory. Plain HTTP(S) GETs with libcurl, time-limited.
#pragma once

#include <functional>
#include <string>

#include "domain/local_offer/oruk_reader.h"

namespace sendhub::app::local_offer {

namespace lo = sendhub::local_offer;

struct FeedProgress {
  int pages = 0;
  int services = 0;
};

// base: the feed's root, e.g. https://example.org/openreferral (with or without a final /).
Result<lo::ReadDirectory> read_oruk_feed(const std::string& base, const std::function<void(const FeedProgress&)>& progress = {});

// One GET, for the feed reader and its tests: the body of a 200 response, else an error.
Result<std::string> http_get(const std::string& url);

}  // namespace sendhub::app::local_offer
