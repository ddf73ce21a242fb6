// The HTTP/1.1 server: Boost.Beast on an Asio thread pool, one coroutine per connection.
// Everything a client controls is bounded: head size, body size per route, time to send the
// head and body, idle time between requests and requests per connection.
// Thread safety: run() may be called once; stop() may be called from any thread or signal.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "web/metrics.h"
#include "web/request_head.h"
#include "web/router.h"

namespace sendhub::web {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;        // 0 picks a free port (tests)
  unsigned threads = 0;              // 0: one per core
  HeadLimits head;
  std::chrono::seconds read_timeout{10};   // to send a whole request once it has started
  std::chrono::seconds idle_timeout{30};   // between requests on a kept-alive connection
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds shutdown_grace{10}; // in-flight requests get this long on SIGTERM
  unsigned keep_alive_max = 100;           // requests per connection
  bool access_log = true;
};

// Builds an error page (HTML or JSON by path) for a status; used for 404, 413, 500 and the rest.
using ErrorResponder = std::function<Response(unsigned status, std::string_view message, const Request& request)>;

class Server {
 public:
  Server(ServerOptions options, const Router& router, Metrics& metrics, ErrorResponder errors);
  ~Server();

  // Binds the listening socket; errors here are start-up errors.
  Result<void> listen();
  unsigned short port() const;  // the bound port
  // Serves until stop() or SIGTERM/SIGINT (when handle_signals), then finishes in-flight requests.
  void run(bool handle_signals);
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sendhub::web
