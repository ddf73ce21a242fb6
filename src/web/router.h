// Maps method and path to a declared Route. Patterns are literal segments, ":name" for one
// segment and a final "*name" for the rest of the path. Literal segments win over parameters
// regardless of the order routes were added.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "web/route.h"

namespace sendhub::web {

struct RouteMatch {
  const Route* route = nullptr;                              // null: no route for this method
  std::map<std::string, std::string, std::less<>> params;
  std::vector<http::verb> allowed;                          // methods the path does accept (for 405)
};

class Router {
 public:
  // Returns an error (at start-up) for a malformed pattern or a duplicate route.
  Result<void> add(Route route);
  RouteMatch match(http::verb method, std::string_view path) const;
  const std::vector<std::unique_ptr<Route>>& routes() const { return routes_; }

 private:
  std::vector<std::unique_ptr<Route>> routes_;
};

}  // namespace sendhub::web
