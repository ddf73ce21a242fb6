#include "web/static_assets.h"

#include <sodium.h>

#include <fstream>
#include <sstream>

namespace sendhub::web {
namespace {

std::string short_hash(std::string_view content) {
  unsigned char out[8];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(content.data()), content.size(), nullptr, 0);
  static constexpr char hex[] = "0123456789abcdef";
  std::string s;
  for (unsigned char b : out) {
    s.push_back(hex[b >> 4]);
    s.push_back(hex[b & 15]);
  }
  return s;
}

// "govuk-frontend.min.css" → "govuk-frontend.min-<hash>.css"
std::string fingerprint(std::string_view name, std::string_view hash) {
  auto slash = name.rfind('/');
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
    return std::string(name) + "-" + std::string(hash);
  return std::string(name.substr(0, dot)) + "-" + std::string(hash) + std::string(name.substr(dot));
}

}  // namespace

std::string content_type_for(std::string_view filename) {
  static const std::pair<std::string_view, std::string_view> types[] = {
      {".css", "text/css; charset=utf-8"},      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".json", "application/json"},
      {".woff2", "font/woff2"},                  {".woff", "font/woff"},
      {".png", "image/png"},                     {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},                  {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},              {".webmanifest", "application/manifest+json"},
  };
  for (const auto& [ext, type] : types)
    if (filename.ends_with(ext)) return std::string(type);
  return "application/octet-stream";
}

Result<void> StaticAssets::add_file(const std::filesystem::path& file, std::string_view name) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(ErrorCode::unavailable, "cannot read static asset " + file.string());
  std::ostringstream buf;
  buf << in.rdbuf();
  Asset asset{buf.str(), content_type_for(name), {}, false};
  auto hash = short_hash(asset.content);
  asset.etag = "\"" + hash + "\"";
  auto fp = fingerprint(name, hash);
  Asset immutable = asset;
  immutable.fingerprinted = true;
  by_path_[fp] = std::move(immutable);
  by_path_[std::string(name)] = std::move(asset);
  fingerprinted_name_[std::string(name)] = fp;
  return {};
}

Result<void> StaticAssets::add_directory(const std::filesystem::path& dir, std::string_view prefix) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return fail(ErrorCode::unavailable, "static asset directory not found: " + dir.string() +
                                            " (run `npm ci` in the repository, or set --assets)");
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != std::filesystem::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    auto rel = std::filesystem::relative(it->path(), dir).generic_string();
    if (auto ok = add_file(it->path(), std::string(prefix) + rel); !ok) return ok;
  }
  if (ec) return fail(ErrorCode::unavailable, "cannot list static assets in " + dir.string());
  return {};
}

const Asset* StaticAssets::find(std::string_view path) const {
  auto it = by_path_.find(path);
  return it == by_path_.end() ? nullptr : &it->second;
}

std::string StaticAssets::url(std::string_view name) const {
  auto it = fingerprinted_name_.find(name);
  return "/assets/" + (it == fingerprinted_name_.end() ? std::string(name) : it->second);
}

}  // namespace sendhub::web
