#include "web/local_offer_web.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "web/form_problems.h"

namespace sendhub::web {
namespace {

std::string age(double a) { return std::to_string(static_cast<long>(std::floor(a))); }

std::string upper(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  return out;
}

}  // namespace

int RateLimiter::take(const std::string& client, std::chrono::steady_clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (buckets_.size() > 100'000) buckets_.clear();
  auto [it, fresh] = buckets_.try_emplace(client, Bucket{burst_, now});
  auto& b = it->second;
  if (!fresh) {
    b.tokens = std::min(burst_, b.tokens + std::chrono::duration<double>(now - b.at).count() * per_second_);
    b.at = now;
  }
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return 0;
  }
  return static_cast<int>(std::ceil((1 - b.tokens) / per_second_));
}

const PageLanguage& page_language(const LocalOffer& offer, const Request& req) {
  return offer.messages.language(req.query.get("lang"));
}

std::string with_language(const std::string& path, const PageLanguage& language) {
  if (language.code == "en") return path;
  return path + (path.find('?') == std::string::npos ? "?lang=" : "&lang=") + language.code;
}

Result<Response> local_offer_page(Site& site, const LocalOffer& offer, const PageLanguage& language, const char* content,
                                  const std::string& title, const Fill& fill, unsigned status) {
  auto html = site.views.page(content, title, [&](ctemplate::TemplateDictionary& d) {
    offer.messages.fill(d, language.code);
    d.SetValue("LANG", language.code);
    if (fill) fill(d);
  });
  auto localised = localise_page(std::move(html), language);
  if (!localised) return std::unexpected(localised.error());
  auto r = Response::html(std::move(*localised), status);
  r.headers.emplace_back("Content-Language", language.code);
  return r;
}

void show_local_problems(ctemplate::TemplateDictionary& d, const std::vector<identity::FieldProblem>& problems,
                         const LocalOffer& offer, const PageLanguage& language) {
  if (problems.empty()) return;
  auto* summary = d.AddIncludeDictionary("ERROR_SUMMARY");
  summary->SetFilename("local_offer_error_summary.tpl");
  summary->SetValue("TITLE", offer.messages.text(language.code, "error_title"));
  std::set<std::string> seen;
  for (const auto& p : problems) {
    if (!seen.insert(p.field).second) continue;
    auto* item = summary->AddSectionDictionary("ERROR");
    item->SetValue("FIELD", p.field);
    item->SetValue("MESSAGE", p.message);
    const std::string name = upper(p.field);
    d.SetValue(name + "_GROUP_CLASS", "govuk-form-group--error");
    d.SetValue(name + "_INPUT_CLASS", "govuk-input--error");
    auto* e = d.AddSectionDictionary(name + "_ERROR");
    e->SetValue("MESSAGE", p.message);
    e->SetValue("PREFIX", offer.messages.text(language.code, "error_prefix"));
  }
}

std::string miles(double metres) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", metres / lo::metres_per_mile);
  return buf;
}

std::string ages_text(const LocalOffer& offer, const PageLanguage& language, const lo::Service& s) {
  const bool has_min = s.minimum_age && *s.minimum_age > 0, has_max = s.maximum_age.has_value();
  const auto& m = offer.messages;
  if (has_min && has_max) return m.text(language.code, "ages_range", {{"min", age(*s.minimum_age)}, {"max", age(*s.maximum_age)}});
  if (has_max) return m.text(language.code, "ages_up_to", {{"max", age(*s.maximum_age)}});
  if (has_min) return m.text(language.code, "ages_from", {{"min", age(*s.minimum_age)}});
  return m.text(language.code, "ages_all");
}

void language_links(ctemplate::TemplateDictionary& d, const LocalOffer& offer, const PageLanguage& current,
                    const std::string& path_with_query) {
  auto* box = d.AddIncludeDictionary("LANGUAGES");
  box->SetFilename("local_offer_languages.tpl");
  box->SetValue("LABEL", offer.messages.text(current.code, "language_switch"));
  // Drop any lang= already in the query before adding the new one.
  std::string base = path_with_query;
  for (const std::string marker : {"?lang=", "&lang="}) {
    auto at = base.find(marker);
    if (at == std::string::npos) continue;
    auto end = base.find('&', at + 1);
    base = base.substr(0, at) + (end == std::string::npos ? "" : (marker[0] == '?' ? "?" : "&") + base.substr(end + 1));
  }
  for (const auto& l : offer.messages.languages()) {
    auto* item = box->AddSectionDictionary("LANGUAGE");
    item->SetValue("CODE", l.code);
    item->SetValue("NAME", l.native_name);
    item->SetValue("DIR", l.right_to_left ? "rtl" : "ltr");
    if (l.code == current.code) item->ShowSection("CURRENT");
    else item->SetValueAndShowSection("HREF", l.code == "en" ? base : with_language(base, l), "LINK");
  }
}

}  // namespace sendhub::web
