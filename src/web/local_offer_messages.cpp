#include "web/local_offer_messages.h"

#include <boost/json.hpp>
#include <fstream>
#include <set>
#include <sstream>

namespace sendhub::web {
namespace {

namespace json = boost::json;

std::set<std::string> placeholders_of(std::string_view text) {
  std::set<std::string> out;
  for (std::size_t at = text.find('{'); at != std::string_view::npos; at = text.find('{', at + 1)) {
    auto end = text.find('}', at);
    if (end == std::string_view::npos) break;
    out.emplace(text.substr(at + 1, end - at - 1));
  }
  return out;
}

std::string upper(std::string_view key) {
  std::string out = "M_";
  for (char c : key) out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  return out;
}

// The file's own description of its language: {"_language": {"code", "name", "direction"}}.
Result<PageLanguage> language_of(const json::object& o, const std::string& file) {
  auto it = o.find("_language");
  if (it == o.end() || !it->value().is_object()) return fail(ErrorCode::internal, file + " has no _language object");
  const auto& l = it->value().as_object();
  auto text = [&](const char* k) -> std::string {
    auto v = l.find(k);
    return v != l.end() && v->value().is_string() ? std::string(v->value().as_string()) : "";
  };
  PageLanguage out{text("code"), text("name"), text("direction") == "rtl"};
  if (out.code.empty() || out.native_name.empty()) return fail(ErrorCode::internal, file + ": _language needs a code and a name");
  return out;
}

}  // namespace

Result<LocalOfferMessages> LocalOfferMessages::load(const std::filesystem::path& dir) {
  LocalOfferMessages m;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const auto name = entry.path().filename().string();
    if (name.starts_with("local_offer.") && name.ends_with(".json")) files.push_back(entry.path());
  }
  if (ec) return fail(ErrorCode::unavailable, "Local Offer message files not found in " + dir.string());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    boost::system::error_code parse_error;
    auto v = json::parse(text.str(), parse_error);
    const std::string file = path.filename().string();
    if (parse_error || !v.is_object()) return fail(ErrorCode::internal, file + " is not a JSON object");
    auto language = language_of(v.as_object(), file);
    if (!language) return std::unexpected(language.error());
    auto& strings = m.text_[language->code];
    for (const auto& [key, value] : v.as_object()) {
      if (key.starts_with("_")) continue;
      if (!value.is_string()) return fail(ErrorCode::internal, file + ": " + std::string(key) + " must be text");
      strings[std::string(key)] = std::string(value.as_string());
    }
    if (language->code == "en") m.languages_.insert(m.languages_.begin(), *language);
    else m.languages_.push_back(*language);
  }
  auto english = m.text_.find("en");
  if (english == m.text_.end()) return fail(ErrorCode::internal, "local_offer.en.json is missing from " + dir.string());
  for (const auto& [code, strings] : m.text_) {
    for (const auto& [key, value] : english->second) {
      auto it = strings.find(key);
      if (it == strings.end()) return fail(ErrorCode::internal, "Local Offer messages for " + code + " lack " + key);
      if (placeholders_of(it->second) != placeholders_of(value))
        return fail(ErrorCode::internal, "Local Offer message " + key + " in " + code + " has different {placeholders}");
    }
    for (const auto& [key, _] : strings)
      if (!english->second.contains(key)) return fail(ErrorCode::internal, "Local Offer messages for " + code + " have an unknown key " + key);
  }
  return m;
}

const PageLanguage& LocalOfferMessages::language(std::string_view code) const {
  for (const auto& l : languages_)
    if (l.code == code) return l;
  return languages_.front();
}

std::string LocalOfferMessages::text(std::string_view lang, std::string_view key,
                                     std::initializer_list<std::pair<std::string_view, std::string>> values) const {
  auto strings = text_.find(lang);
  if (strings == text_.end()) strings = text_.find("en");
  auto it = strings->second.find(key);
  std::string out = it == strings->second.end() ? std::string(key) : it->second;
  for (const auto& [name, value] : values) {
    const std::string marker = "{" + std::string(name) + "}";
    for (auto at = out.find(marker); at != std::string::npos; at = out.find(marker, at + value.size())) out.replace(at, marker.size(), value);
  }
  return out;
}

void LocalOfferMessages::fill(ctemplate::TemplateDictionary& d, std::string_view lang) const {
  auto strings = text_.find(lang);
  if (strings == text_.end()) strings = text_.find("en");
  for (const auto& [key, value] : strings->second) d.SetValue(upper(key), value);
}

std::string LocalOfferMessages::long_date(std::string_view lang, std::string_view iso) const {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return "";
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  if (month < 1 || month > 12) return "";
  const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  return text(lang, "date", {{"day", std::to_string(day)}, {"month", text(lang, "month_" + std::to_string(month))},
                              {"year", std::string(iso.substr(0, 4))}});
}

Result<std::string> localise_page(std::string html, const PageLanguage& language) {
  if (language.code == "en") return html;
  struct Swap {
    std::string_view from;
    std::string to;
  };
  const Swap swaps[] = {
      {"<html lang=\"en\" class=\"govuk-template\">",
       "<html lang=\"" + language.code + "\"" + (language.right_to_left ? " dir=\"rtl\"" : "") + " class=\"govuk-template\">"},
      {"<header class=\"govuk-template__header\">", "<header class=\"govuk-template__header\" lang=\"en\" dir=\"ltr\">"},
      {"<footer class=\"govuk-template__footer\">", "<footer class=\"govuk-template__footer\" lang=\"en\" dir=\"ltr\">"},
      {"<a href=\"#main-content\" class=\"govuk-skip-link\"", "<a lang=\"en\" href=\"#main-content\" class=\"govuk-skip-link\""},
  };
  for (const auto& s : swaps) {
    auto at = html.find(s.from);
    if (at == std::string::npos)
      return fail(ErrorCode::internal, "templates/layout.tpl no longer has " + std::string(s.from) + " (see local_offer_messages.h)");
    html.replace(at, s.from.size(), s.to);
  }
  return html;
}

}  // namespace sendhub::web
