// /healthz for load balancers and /metrics for Prometheus. Neither shows personal data; nginx
// keeps /metrics to the monitoring network (deploy/nginx.conf).
#include "web/site.h"

namespace sendhub::web {

Result<void> add_operations_routes(Site& site) {
  Route health{http::verb::get, "/healthz", "healthz", Access::operations, [&site](Request&) -> Result<Response> {
                 if (auto ok = site.db.ping(); !ok) return Response::text("database unavailable\n", 503);
                 return Response::text("ok\n");
               }};
  Route metrics{http::verb::get, "/metrics", "metrics", Access::operations, [&site](Request&) -> Result<Response> {
                  const auto& s = site.db.stats();
                  auto body = site.metrics.render(s.queries.load(), static_cast<double>(s.nanoseconds.load()) / 1e9,
                                                  s.errors.load());
                  Response r = Response::text(std::move(body));
                  r.content_type = "text/plain; version=0.0.4; charset=utf-8";
                  return r;
                }};
  for (auto* route : {&health, &metrics}) {
    route->body_limit = 0;
    if (auto ok = site.router.add(std::move(*route)); !ok) return ok;
  }
  return {};
}

}  // namespace sendhub::web
