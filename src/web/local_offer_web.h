// What the Local Offer's route groups share: the message files, the search (with its word
// list) and the API's rate limiter, built once in add_local_offer_pages; and small helpers for
// the pages' language and the distances and ages they show. Internal to web/local_offer_*.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "app/local_offer/search.h"
#include "domain/identity/invitation_rules.h"
#include "domain/local_offer/hsds.h"
#include "web/local_offer_messages.h"
#include "web/site.h"

namespace sendhub::web {

namespace lo = sendhub::local_offer;
namespace lapp = sendhub::app::local_offer;

// Requests per client address: a bucket of `burst` refilled at `per_second`; the API answers
// 429 when it is empty. Bounded: forgetting a client only gives it a full bucket again.
class RateLimiter {
 public:
  RateLimiter(double per_second, double burst) : per_second_(per_second), burst_(burst) {}
  // Seconds to wait (0 when allowed).
  int take(const std::string& client, std::chrono::steady_clock::time_point now);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point at;
  };
  std::mutex mutex_;
  std::map<std::string, Bucket> buckets_;
  double per_second_, burst_;
};

struct LocalOffer {
  LocalOffer(store::Database& db, LocalOfferMessages m) : messages(std::move(m)), search(db) {}
  LocalOfferMessages messages;
  lapp::DirectorySearch search;
  RateLimiter api_limiter{10, 120};  // 10 a second sustained, bursts of 120
};

Result<void> add_local_offer_public_pages(Site& site, std::shared_ptr<LocalOffer> offer);
Result<void> add_local_offer_report_pages(Site& site, std::shared_ptr<LocalOffer> offer);
Result<void> add_local_offer_manage_pages(Site& site, std::shared_ptr<LocalOffer> offer);
Result<void> add_openreferral_routes(Site& site, std::shared_ptr<LocalOffer> offer);

// The page's language from ?lang= (English when absent or unknown).
const PageLanguage& page_language(const LocalOffer& offer, const Request& req);
// path with ?lang= (or &lang=) added for a language other than English.
std::string with_language(const std::string& path, const PageLanguage& language);
// The page with its language set (see localise_page), ready to send; public pages only.
Result<Response> local_offer_page(Site& site, const LocalOffer& offer, const PageLanguage& language, const char* content,
                                  const std::string& title, const Fill& fill, unsigned status = 200);
// The translated error summary and field errors, as form_problems.h does in English.
void show_local_problems(ctemplate::TemplateDictionary& d, const std::vector<identity::FieldProblem>& problems,
                         const LocalOffer& offer, const PageLanguage& language);
// "0.4" (miles, one decimal place).
std::string miles(double metres);
// "Ages 5 to 18", in the page's language.
std::string ages_text(const LocalOffer& offer, const PageLanguage& language, const lo::Service& s);
// The language switcher ({{>LANGUAGES}}), each link to path in that language.
void language_links(ctemplate::TemplateDictionary& d, const LocalOffer& offer, const PageLanguage& current,
                    const std::string& path_with_query);

}  // namespace sendhub::web
