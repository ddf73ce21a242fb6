#include "web/router.h"

#include <algorithm>

namespace sendhub::web {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

// Higher is more specific; used to prefer "/cases/new" over "/cases/:id".
int specificity(const Route& r) {
  int score = 0;
  for (auto seg : split_path(r.pattern)) score = score * 3 + (seg.starts_with('*') ? 0 : seg.starts_with(':') ? 1 : 2);
  return score;
}

bool match_pattern(std::string_view pattern, std::string_view path,
                   std::map<std::string, std::string, std::less<>>& params) {
  auto want = split_path(pattern);
  auto got = split_path(path);
  params.clear();
  for (std::size_t i = 0; i < want.size(); ++i) {
    auto seg = want[i];
    if (seg.starts_with('*')) {
      std::string rest;
      for (std::size_t j = i; j < got.size(); ++j) {
        if (j > i) rest.push_back('/');
        rest.append(got[j]);
      }
      params.emplace(std::string(seg.substr(1)), std::move(rest));
      return true;
    }
    if (i >= got.size()) return false;
    if (seg.starts_with(':')) {
      if (got[i].empty()) return false;
      params.emplace(std::string(seg.substr(1)), std::string(got[i]));
    } else if (seg != got[i]) {
      return false;
    }
  }
  return want.size() == got.size();
}

}  // namespace

Result<void> Router::add(Route route) {
  if (route.pattern.empty() || route.pattern.front() != '/')
    return fail(ErrorCode::internal, "route pattern must start with '/': " + route.pattern);
  if (!route.handler) return fail(ErrorCode::internal, "route has no handler: " + route.pattern);
  auto segments = split_path(route.pattern);
  for (std::size_t i = 0; i + 1 < segments.size(); ++i)
    if (segments[i].starts_with('*')) return fail(ErrorCode::internal, "'*' must be the last segment: " + route.pattern);
  for (const auto& r : routes_)
    if (r->method == route.method && r->pattern == route.pattern)
      return fail(ErrorCode::internal, "duplicate route: " + route.pattern);
  auto owned = std::make_unique<Route>(std::move(route));
  auto pos = std::find_if(routes_.begin(), routes_.end(),
                          [&](const auto& r) { return specificity(*r) < specificity(*owned); });
  routes_.insert(pos, std::move(owned));
  return {};
}

RouteMatch Router::match(http::verb method, std::string_view path) const {
  RouteMatch result;
  std::map<std::string, std::string, std::less<>> params;
  for (const auto& r : routes_) {
    if (!match_pattern(r->pattern, path, params)) continue;
    // HEAD is answered by the GET route, without the body.
    bool same = r->method == method || (method == http::verb::head && r->method == http::verb::get);
    if (same && result.route == nullptr) {
      result.route = r.get();
      result.params = params;
    }
    if (std::find(result.allowed.begin(), result.allowed.end(), r->method) == result.allowed.end())
      result.allowed.push_back(r->method);
  }
  return result;
}

}  // namespace sendhub::web
