// The Local Offer's public pages: search (what, where and filters, in a GET form so results can
// be bookmarked and work without JavaScript), each service's page and its easy-read version.
// No sign-in and no personal data; each page in the language asked for with ?lang=.
#include <cmath>

#include "app/local_offer/directory_reader.h"
#include "domain/local_offer/categories.h"
#include "domain/local_offer/place.h"
#include "domain/local_offer/service_facts.h"
#include "web/local_offer_web.h"

namespace sendhub::web {
namespace {

constexpr std::size_t per_page = 20;
constexpr int radius_choices[] = {1, 3, 5, 10, 25};

struct SearchForm {
  std::string what, where, radius, category, age, free, day, language, access;
  std::size_t page = 1;
  bool any() const {
    return !what.empty() || !where.empty() || !category.empty() || !age.empty() || !free.empty() || !day.empty() ||
           !language.empty() || !access.empty();
  }
};

SearchForm form_of(const Request& req) {
  SearchForm f{req.query.get("what").substr(0, 200), req.query.get("where").substr(0, 20), req.query.get("radius"),
               req.query.get("category"), req.query.get("age"), req.query.get("free"), req.query.get("day"),
               req.query.get("language").substr(0, 60), req.query.get("access")};
  const auto page = req.query.get("page");
  if (!page.empty() && page.size() < 5 && std::all_of(page.begin(), page.end(), [](char c) { return c >= '0' && c <= '9'; }))
    f.page = std::max<std::size_t>(1, std::stoul(page));
  return f;
}

// The query string of this search for another page.
std::string search_link(const SearchForm& f, std::size_t page, const PageLanguage& language) {
  std::string q;
  auto add = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    q += (q.empty() ? "?" : "&") + std::string(name) + "=";
    for (unsigned char c : value) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') q.push_back(static_cast<char>(c));
      else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        q += buf;
      }
    }
  };
  add("what", f.what);
  add("where", f.where);
  add("radius", f.radius);
  add("category", f.category);
  add("age", f.age);
  add("free", f.free);
  add("day", f.day);
  add("language", f.language);
  add("access", f.access);
  if (page > 1) add("page", std::to_string(page));
  return with_language("/local-offer" + q, language);
}

void search_options(ctemplate::TemplateDictionary& d, const LocalOffer& offer, const PageLanguage& lang, const SearchForm& f,
                    const std::vector<std::string>& languages) {
  for (int r : radius_choices) {
    auto* o = d.AddSectionDictionary("RADIUS_OPTION");
    o->SetValue("VALUE", std::to_string(r));
    o->SetValue("LABEL", r == 1 ? offer.messages.text(lang.code, "radius_one")
                                : offer.messages.text(lang.code, "radius_many", {{"miles", std::to_string(r)}}));
    if (f.radius == std::to_string(r) || (f.radius.empty() && r == 10)) o->SetValue("SELECTED", "selected");
  }
  for (const auto& c : lo::local_offer_categories()) {
    auto* o = d.AddSectionDictionary("CATEGORY_OPTION");
    const auto id = lo::category_term_id(c.code);
    o->SetValue("VALUE", id);
    o->SetValue("LABEL", c.parent_code.empty() ? std::string(c.name) : "– " + std::string(c.name));
    if (f.category == id) o->SetValue("SELECTED", "selected");
  }
  for (const auto& day : lo::weekdays()) {
    auto* o = d.AddSectionDictionary("DAY_OPTION");
    o->SetValue("VALUE", std::string(day.code));
    std::string key = "day_" + std::string(day.code);
    for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    o->SetValue("LABEL", offer.messages.text(lang.code, key));
    if (f.day == day.code) o->SetValue("SELECTED", "selected");
  }
  for (const auto& l : languages) {
    auto* o = d.AddSectionDictionary("LANGUAGE_OPTION");
    o->SetValue("VALUE", l);
    std::string label = l;
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    o->SetValue("LABEL", label);
    if (f.language == l) o->SetValue("SELECTED", "selected");
  }
  for (const auto& feature : lo::accessibility_features()) {
    auto* o = d.AddSectionDictionary("ACCESS_OPTION");
    o->SetValue("VALUE", std::string(feature.key));
    o->SetValue("LABEL", offer.messages.text(lang.code, "access_" + std::string(feature.key)));
    if (f.access == feature.key) o->SetValue("SELECTED", "selected");
  }
  if (f.free == "1") d.SetValue("FREE_CHECKED", "checked");
}

Result<Response> search_page(Site& site, LocalOffer& offer, Request& req) {
  const auto& lang = page_language(offer, req);
  const auto& m = offer.messages;
  const SearchForm f = form_of(req);
  std::vector<identity::FieldProblem> problems;
  lapp::SearchRequest r{.what = f.what, .where = f.where, .taxonomy_term_id = f.category, .free_only = f.free == "1",
                        .days = lo::day_bit(f.day), .language = f.language, .accessibility = f.access, .page = f.page,
                        .per_page = per_page};
  for (int choice : radius_choices)
    if (f.radius == std::to_string(choice)) r.radius_metres = choice * lo::metres_per_mile;
  if (!f.age.empty()) {
    const bool digits = f.age.size() <= 2 && std::all_of(f.age.begin(), f.age.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoi(f.age) > 25) problems.push_back({"age", m.text(lang.code, "error_age")});
    else r.minimum_age = r.maximum_age = std::stod(f.age);
  }
  if (!f.where.empty() && !lo::parse_place(f.where)) problems.push_back({"where", m.text(lang.code, "error_where")});
  std::optional<lapp::SearchResults> results;
  std::vector<lapp::ResultCard> cards;
  if (f.any() && problems.empty()) {
    auto found = lapp::search_page(site.db, offer.search, r);
    if (!found && found.error().field == "where") {
      problems.push_back({"where", m.text(lang.code, "error_where_unknown", {{"place", lo::parse_place(f.where)->label()}})});
    } else if (!found) {
      return std::unexpected(found.error());
    } else {
      cards = std::move(found->cards);
      results = std::move(found->results);
    }
  }
  auto languages = offer.search.languages();
  if (!languages) return std::unexpected(languages.error());
  const std::string title = (problems.empty() ? "" : m.text(lang.code, "error_prefix") + " ") + m.text(lang.code, "search_title");
  return local_offer_page(site, offer, lang, "local_offer_search.tpl", title, [&](ctemplate::TemplateDictionary& d) {
    show_local_problems(d, problems, offer, lang);
    language_links(d, offer, lang, search_link(f, f.page, lang));
    if (lang.code != "en") d.SetValueAndShowSection("LANG_VALUE", lang.code, "LANG_FIELD");
    d.SetValue("WHAT", f.what);
    d.SetValue("WHERE", f.where);
    d.SetValue("AGE", f.age);
    search_options(d, offer, lang, f, *languages);
    d.SetValue("MANAGE_HREF", "/local-offer/manage");
    if (!results) {
      for (const auto& c : lo::local_offer_categories()) {
        if (!c.parent_code.empty()) continue;
        auto* b = d.AddSectionDictionary("BROWSE");
        b->SetValue("NAME", std::string(c.name));
        b->SetValue("DESCRIPTION", std::string(c.description));
        b->SetValue("HREF", with_language("/local-offer?category=" + lo::category_term_id(c.code), lang));
      }
      d.ShowSection("BROWSING");
      return;
    }
    d.ShowSection("RESULTS");
    d.SetValue("COUNT", results->total == 1 ? m.text(lang.code, "results_one")
                                            : m.text(lang.code, "results_many", {{"count", std::to_string(results->total)}}));
    for (const auto& c : results->query.corrections)
      d.AddSectionDictionary("CORRECTED")->SetValue("TEXT", m.text(lang.code, "corrected", {{"used", c.used}, {"typed", c.typed}}));
    if (results->some_words_only) d.ShowSection("SOME_WORDS");
    if (results->place)
      d.SetValueAndShowSection("TEXT", m.text(lang.code, results->place->whole_postcode ? "distance_from_postcode" : "distance_from_district",
                                              {{"place", results->place->label}}),
                               "DISTANCE_NOTE");
    if (results->total == 0) d.ShowSection("NO_RESULTS");
    for (const auto& card : cards) {
      auto* row = d.AddSectionDictionary("RESULT");
      row->SetValue("HREF", with_language("/local-offer/services/" + card.service.id, lang));
      row->SetValue("NAME", card.service.name);
      row->SetValue("SUMMARY", card.service.summary.empty() ? card.service.description.substr(0, 200) : card.service.summary);
      if (!card.organization_name.empty())
        row->SetValueAndShowSection("TEXT", m.text(lang.code, "run_by", {{"organisation", card.organization_name}}), "ORGANISATION");
      if (card.distance_metres)
        row->SetValueAndShowSection("TEXT", m.text(lang.code, "miles_away", {{"miles", miles(*card.distance_metres)}}) + " – " +
                                                card.nearest_place,
                                    "DISTANCE");
      else if (results->place)
        row->SetValueAndShowSection("TEXT", m.text(lang.code, "no_place"), "DISTANCE");
      row->SetValue("COST", m.text(lang.code, card.free ? "free" : "costs"));
      row->SetValue("AGES", ages_text(offer, lang, card.service));
      for (const auto& category : card.categories) row->AddSectionDictionary("CATEGORY")->SetValue("NAME", category);
    }
    const std::size_t pages = (static_cast<std::size_t>(results->total) + per_page - 1) / per_page;
    if (pages > 1) {
      auto* p = d.AddSectionDictionary("PAGINATION");
      p->SetValue("PAGE_OF", m.text(lang.code, "page_of", {{"page", std::to_string(f.page)}, {"pages", std::to_string(pages)}}));
      if (f.page > 1) p->SetValueAndShowSection("HREF", search_link(f, f.page - 1, lang), "PREVIOUS");
      if (f.page < pages) p->SetValueAndShowSection("HREF", search_link(f, f.page + 1, lang), "NEXT");
    }
  }, problems.empty() ? 200 : 400);
}

std::string attending_key(const std::string& access) {
  if (access == "referral") return "access_referral";
  if (access == "appointment") return "access_appointment";
  if (access == "drop-in") return "access_drop_in";
  if (access == "membership") return "access_membership";
  return "";
}

// A published service (active or temporarily closed), or not_found.
Result<lo::FullService> published(Site& site, const std::string& id) {
  std::optional<lo::FullService> found;
  auto ok = site.db.read([&](store::Connection& c) -> Result<void> {
    auto f = lapp::load_full_service(c, id);
    if (!f) return std::unexpected(f.error());
    found = std::move(*f);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!found || (found->service.status != "active" && found->service.status != "temporarily closed"))
    return fail(ErrorCode::not_found, "There is no such service");
  return std::move(*found);
}

void service_facts(ctemplate::TemplateDictionary& d, const LocalOffer& offer, const PageLanguage& lang, const lo::FullService& f) {
  const auto& s = f.service;
  const auto& m = offer.messages;
  d.SetValue("ID", s.id);
  d.SetValue("NAME", s.name);
  d.SetValue("SUMMARY", s.summary);
  d.SetValue("DESCRIPTION", s.description);
  if (s.status == "temporarily closed") d.ShowSection("CLOSED");
  if (f.organization) d.SetValue("RUN_BY", m.text(lang.code, "run_by", {{"organisation", f.organization->name}}));
  if (!s.application_process.empty()) d.SetValueAndShowSection("TEXT", s.application_process, "HOW");
  if (auto key = attending_key(s.attending_access); !key.empty()) d.SetValueAndShowSection("TEXT", m.text(lang.code, key), "START");
  if (!s.wait_time.empty()) d.SetValueAndShowSection("TEXT", s.wait_time, "WAIT");
  d.SetValue("AGES", ages_text(offer, lang, s));
  if (!s.eligibility_description.empty()) d.SetValueAndShowSection("TEXT", s.eligibility_description, "ELIGIBILITY");
  d.SetValue("COST", m.text(lang.code, lo::is_free(s) ? "free" : "costs"));
  if (!s.fees_description.empty() && !lo::is_free(s)) d.SetValueAndShowSection("TEXT", s.fees_description, "FEES");
  for (const auto& sch : s.schedules)
    if (auto text = lo::opening_times(sch); !text.empty()) d.AddSectionDictionary("OPENING")->SetValue("TEXT", text);
  for (const auto& [sal, location] : f.places) {
    auto* place = d.AddSectionDictionary("PLACE");
    place->SetValue("NAME", location.name);
    for (const auto& a : location.addresses) {
      std::string line = a.address_1 + (a.address_2.empty() ? "" : ", " + a.address_2) + ", " + a.city + " " + a.postal_code;
      place->AddSectionDictionary("ADDRESS")->SetValue("TEXT", line);
    }
    if (!location.transportation.empty()) place->SetValueAndShowSection("TEXT", location.transportation, "TRANSPORT");
    if (!location.description.empty()) place->SetValueAndShowSection("TEXT", location.description, "PLACE_DESCRIPTION");
    for (const auto& a : location.accessibility) place->AddSectionDictionary("ACCESSIBILITY")->SetValue("TEXT", a.description);
    if (!location.accessibility.empty()) place->ShowSection("HAS_ACCESSIBILITY");
  }
  if (f.places.empty()) d.SetValueAndShowSection("TEXT", m.text(lang.code, "no_place"), "NO_PLACE");
  for (const auto& p : s.phones) {
    auto* phone = d.AddSectionDictionary("PHONE");
    phone->SetValue("NUMBER", p.number);
    std::string tel;
    for (char c : p.number)
      if ((c >= '0' && c <= '9') || c == '+') tel.push_back(c);
    phone->SetValue("TEL", "tel:" + tel);
  }
  if (!s.email.empty()) d.SetValueAndShowSection("ADDRESS", s.email, "EMAIL");
  if (!s.url.empty()) d.SetValueAndShowSection("URL", s.url, "WEBSITE");
  for (const auto& l : s.languages) d.AddSectionDictionary("LANGUAGE_SPOKEN")->SetValue("NAME", l.name.empty() ? l.code : l.name);
  if (!s.interpretation_services.empty()) d.SetValueAndShowSection("TEXT", s.interpretation_services, "INTERPRETERS");
  for (const auto& t : f.terms) d.AddSectionDictionary("CATEGORY")->SetValue("NAME", t.name);
  if (s.assured_date.size() >= 10) d.SetValue("LAST_CHECKED", m.text(lang.code, "last_checked", {{"date", m.long_date(lang.code, s.assured_date)}}));
  else d.SetValue("LAST_CHECKED", m.text(lang.code, "never_checked"));
  d.SetValue("FULL_HREF", with_language("/local-offer/services/" + s.id, lang));
  d.SetValue("EASY_READ_HREF", with_language("/local-offer/services/" + s.id + "/easy-read", lang));
  d.SetValue("REPORT_HREF", with_language("/local-offer/services/" + s.id + "/report-a-problem", lang));
  d.SetValue("SEARCH_HREF", with_language("/local-offer", lang));
  if (!s.easy_read.empty()) d.SetValueAndShowSection("TEXT", s.easy_read, "EASY_READ");
  else d.SetValueAndShowSection("TEXT", s.summary, "EASY_READ");
}

Result<Response> service_page(Site& site, LocalOffer& offer, Request& req, bool easy_read) {
  const auto& lang = page_language(offer, req);
  auto f = published(site, req.param("id"));
  if (!f) return std::unexpected(f.error());
  const std::string path = "/local-offer/services/" + f->service.id + (easy_read ? "/easy-read" : "");
  const std::string title = easy_read ? offer.messages.text(lang.code, "easy_read_title", {{"name", f->service.name}}) : f->service.name;
  return local_offer_page(site, offer, lang, easy_read ? "local_offer_easy_read.tpl" : "local_offer_service.tpl", title,
                          [&](ctemplate::TemplateDictionary& d) {
                            language_links(d, offer, lang, path + (lang.code == "en" ? "" : "?lang=" + lang.code));
                            service_facts(d, offer, lang, *f);
                            if (easy_read) d.SetValue("TITLE", title);
                          });
}

}  // namespace

Result<void> add_local_offer_public_pages(Site& site, std::shared_ptr<LocalOffer> offer) {
  Route routes[] = {
      {http::verb::get, "/local-offer", "local_offer_search", Access::public_page,
       [&site, offer](Request& r) { return search_page(site, *offer, r); }},
      {http::verb::get, "/local-offer/services/:id", "local_offer_service", Access::public_page,
       [&site, offer](Request& r) { return service_page(site, *offer, r, false); }},
      {http::verb::get, "/local-offer/services/:id/easy-read", "local_offer_easy_read", Access::public_page,
       [&site, offer](Request& r) { return service_page(site, *offer, r, true); }},
  };
  for (auto& route : routes) {
    route.body_limit = 0;
    route.cache = CachePolicy::revalidate;
    if (auto ok = site.router.add(std::move(route)); !ok) return ok;
  }
  return {};
}

Result<void> add_local_offer_pages(Site& site) {
  auto messages = LocalOfferMessages::load(site.templates_dir / "messages");
  if (!messages) return std::unexpected(messages.error());
  auto offer = std::make_shared<LocalOffer>(site.db, std::move(*messages));
  for (auto add : {add_local_offer_public_pages, add_local_offer_report_pages, add_local_offer_manage_pages, add_openreferral_routes})
    if (auto ok = add(site, offer); !ok) return ok;
  return {};
}

}  // namespace sendhub::web
