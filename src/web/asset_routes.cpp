// Serves StaticAssets from memory with ETags; fingerprinted names are cached for a year.
#include "web/site.h"

namespace sendhub::web {

Result<void> add_asset_routes(Site& site) {
  Route route{http::verb::get, "/assets/*path", "assets", Access::public_page, [&site](Request& req) -> Result<Response> {
                const Asset* asset = site.assets.find(req.param("path"));
                if (asset == nullptr) return fail(ErrorCode::not_found, "");
                Response r;
                r.content_type = asset->content_type;
                r.headers.emplace_back("ETag", asset->etag);
                r.cache_override = asset->fingerprinted ? CachePolicy::immutable : CachePolicy::revalidate;
                if (req.header("If-None-Match") == asset->etag) {
                  r.status = 304;
                  return r;
                }
                r.body = asset->content;
                return r;
              }};
  route.body_limit = 0;
  return site.router.add(std::move(route));
}

}  // namespace sendhub::web
