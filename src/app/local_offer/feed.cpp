#include "app/local_offer/feed.h"

#include <curl/curl.h>

#include <boost/json.hpp>
#include <memory>
#include <mutex>

namespace sendhub::app::local_offer {
namespace {

namespace json = boost::json;

constexpr std::size_t largest_response = 64u * 1024 * 1024;
constexpr int most_pages = 10'000;

std::size_t collect(char* data, std::size_t size, std::size_t n, void* out) {
  auto* body = static_cast<std::string*>(out);
  if (body->size() + size * n > largest_response) return 0;  // makes curl stop with an error
  body->append(data, size * n);
  return size * n;
}

std::string url_encode_id(const std::string& id) {
  std::string out;
  for (char c : id)
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-') out.push_back(c);
  return out;
}

}  // namespace

Result<std::string> http_get(const std::string& url) {
  if (!url.starts_with("http://") && !url.starts_with("https://"))
    return fail(ErrorCode::invalid_input, "The feed address must start with http:// or https://");
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return fail(ErrorCode::unavailable, "could not start libcurl");
  std::string body;
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, 3L);
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 120L);
  curl_easy_setopt(h, CURLOPT_USERAGENT, "SENDhub ORUK import");
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
  const CURLcode code = curl_easy_perform(h);
  if (code != CURLE_OK) return fail(ErrorCode::unavailable, "Could not read " + url + ": " + curl_easy_strerror(code));
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  if (status != 200) return fail(ErrorCode::unavailable, url + " answered HTTP " + std::to_string(status));
  return body;
}

namespace {

// Every page of a paginated endpoint, each page's contents handed to take(); page numbers from 1.
Result<int> each_page(const std::string& url, const std::function<Result<void>(const json::array&, int)>& take, bool optional) {
  for (int page = 1; page <= most_pages; ++page) {
    auto text = http_get(url + (url.find('?') == std::string::npos ? "?" : "&") + "page=" + std::to_string(page) + "&per_page=100");
    if (!text && optional && page == 1) return 0;  // an endpoint the feed does not offer
    if (!text) return std::unexpected(text.error());
    boost::system::error_code ec;
    auto v = json::parse(*text, ec);
    if (ec || !v.is_object() || !v.as_object().contains("contents") || !v.as_object().at("contents").is_array())
      return fail(ErrorCode::invalid_input, url + " page " + std::to_string(page) + " is not an HSDS page (an object with a contents array)");
    const auto& o = v.as_object();
    const auto& contents = o.at("contents").as_array();
    if (auto ok = take(contents, page); !ok) return std::unexpected(ok.error());
    const bool last = o.contains("last_page") && o.at("last_page").is_bool() ? o.at("last_page").as_bool() : contents.empty();
    const bool beyond = o.contains("total_pages") && o.at("total_pages").is_int64() && page >= o.at("total_pages").as_int64();
    if (last || beyond || contents.empty()) return page;
  }
  return fail(ErrorCode::invalid_input, url + " has more than 10,000 pages");
}

}  // namespace

Result<lo::ReadDirectory> read_oruk_feed(const std::string& base_in, const std::function<void(const FeedProgress&)>& progress) {
  std::string base = base_in;
  while (base.ends_with('/')) base.pop_back();
  lo::ReadDirectory all;
  FeedProgress done;
  // Taxonomies and every term first: nested services carry only the terms they use, not their parents.
  for (const char* kind : {"taxonomies", "taxonomy_terms"}) {
    auto pages = each_page(base + "/" + kind, [&](const json::array& contents, int) -> Result<void> {
      auto read = lo::read_oruk(json::serialize(json::object{{kind, contents}}));
      if (!read) return std::unexpected(read.error());
      lo::merge(all, std::move(*read));
      return {};
    }, true);
    if (!pages) return std::unexpected(pages.error());
  }
  auto pages = each_page(base + "/services", [&](const json::array& contents, int page) -> Result<void> {
    for (const auto& item : contents) {
      if (!item.is_object() || !item.as_object().contains("id") || !item.as_object().at("id").is_string()) {
        all.rejected.push_back({"services?page=" + std::to_string(page), "", "", "a listed service has no id"});
        continue;
      }
      const std::string id(item.as_object().at("id").as_string());
      auto full = http_get(base + "/services/" + url_encode_id(id));
      if (!full) {
        all.rejected.push_back({"services/" + id, id, "", full.error().message});
        continue;
      }
      // One nested service is read as a page holding it, so the reader sees it as a feed item.
      boost::system::error_code item_ec;
      auto one = json::parse(*full, item_ec);
      if (item_ec) {
        all.rejected.push_back({"services/" + id, id, "", "not valid JSON: " + item_ec.message()});
        continue;
      }
      auto read = lo::read_oruk(json::serialize(json::object{{"contents", json::array{std::move(one)}}}));
      if (!read) {
        all.rejected.push_back({"services/" + id, id, "", read.error().message});
        continue;
      }
      for (auto& r : read->rejected) r.where = "services/" + id;
      lo::merge(all, std::move(*read));
      ++done.services;
    }
    ++done.pages;
    if (progress) progress(done);
    return {};
  }, false);
  if (!pages) return std::unexpected(pages.error());
  return all;
}

}  // namespace sendhub::app::local_offer
