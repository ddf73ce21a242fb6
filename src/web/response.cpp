#include "web/response.h"

namespace sendhub::web {

Response Response::html(std::string body, unsigned status) {
  return Response{status, "text/html; charset=utf-8", std::move(body), {}};
}

Response Response::text(std::string body, unsigned status) {
  return Response{status, "text/plain; charset=utf-8", std::move(body), {}};
}

Response Response::json(std::string body, unsigned status) {
  return Response{status, "application/json", std::move(body), {}};
}

Response Response::redirect(std::string location) {
  Response r{303, "text/plain; charset=utf-8", {}, {}};
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

}  // namespace sendhub::web
