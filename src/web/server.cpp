#include "web/server.h"

#include <sodium.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_set>

#include "web/access_log.h"
#include "web/security_headers.h"

namespace sendhub::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
constexpr auto nothrow = asio::as_tuple(asio::use_awaitable);

namespace {

struct Connection {
  explicit Connection(tcp::socket s) : stream(std::move(s)) {}
  beast::tcp_stream stream;
  std::atomic<bool> busy{false};
};

// Request ids only correlate log lines, so a per-thread generator seeded once from libsodium
// is enough, and saves a getrandom() system call on every request.
std::string new_request_id() {
  thread_local std::mt19937_64 generator = [] {
    std::uint64_t seed;
    randombytes_buf(&seed, sizeof seed);
    return std::mt19937_64(seed);
  }();
  std::uint64_t value = generator();
  static constexpr char hex[] = "0123456789abcdef";
  std::string id(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) id[static_cast<std::size_t>(i)] = hex[value & 15];
  return id;
}

// What the connection loop does after answering.
struct Outcome {
  http::response<http::string_body> response;
  std::string route_name;
  bool close = false;
};

}  // namespace

struct Server::Impl {
  Impl(ServerOptions o, const Router& r, Metrics& m, ErrorResponder e)
      : options(std::move(o)), router(r), metrics(m), errors(std::move(e)), acceptor(ioc), signals(ioc) {}

  ServerOptions options;
  const Router& router;
  Metrics& metrics;
  ErrorResponder errors;
  asio::io_context ioc;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  std::atomic<bool> stopping{false};
  std::mutex connections_mutex;
  std::unordered_set<std::shared_ptr<Connection>> connections;

  asio::awaitable<void> accept_loop();
  asio::awaitable<void> serve(std::shared_ptr<Connection> connection, std::string remote);
  asio::awaitable<Outcome> answer(Connection& c, beast::flat_buffer& buffer,
                                  http::request_parser<http::string_body>& parser, const std::string& remote,
                                  const std::string& request_id);
  asio::awaitable<void> drain();
  void begin_stop();

  http::response<http::string_body> finish(Response r, const Request& request, CachePolicy cache, bool head_only);
  Outcome refuse(unsigned status, std::string_view message, const std::string& request_id, bool close);
};

http::response<http::string_body> Server::Impl::finish(Response r, const Request& request, CachePolicy cache,
                                                       bool head_only) {
  http::response<http::string_body> res{static_cast<http::status>(r.status), 11};
  res.set(http::field::content_type, r.content_type);
  for (auto& [name, value] : r.headers) res.set(name, value);
  add_security_headers(res, r.cache_override.value_or(r.status >= 400 ? CachePolicy::no_store : cache));
  res.set("X-Request-Id", request.request_id);
  res.body() = std::move(r.body);
  res.prepare_payload();
  if (head_only) res.body().clear();  // Content-Length still says what GET would send
  return res;
}

Outcome Server::Impl::refuse(unsigned status, std::string_view message, const std::string& request_id,
                                     bool close) {
  Request placeholder;
  placeholder.request_id = request_id;
  placeholder.path = "/";
  Outcome out{finish(errors(status, message, placeholder), placeholder, CachePolicy::no_store, false), "refused", close};
  return out;
}

asio::awaitable<Outcome> Server::Impl::answer(Connection& c, beast::flat_buffer& buffer,
                                                      http::request_parser<http::string_body>& parser,
                                                      const std::string& remote, const std::string& request_id) {
  const auto& head = parser.get().base();
  if (auto ok = check_head(head); !ok) co_return refuse(ok.error().status, ok.error().message, request_id, true);
  auto target = parse_target(std::string_view(head.target().data(), head.target().size()), options.head);
  if (!target) co_return refuse(target.error().status, target.error().message, request_id, true);

  const bool has_body = parser.chunked() || (parser.content_length() && *parser.content_length() > 0);
  auto match = router.match(head.method(), target->path);

  Request request;
  request.request_id = request_id;
  request.remote_address = remote;
  request.path = std::move(target->path);
  request.query = std::move(target->query);

  if (match.route == nullptr) {
    bool wrong_method = !match.allowed.empty();
    Outcome out{};
    out.response = finish(errors(wrong_method ? 405 : 404, "", request), request, CachePolicy::no_store, false);
    if (wrong_method) {
      std::string allow;
      for (auto m : match.allowed) allow += (allow.empty() ? "" : ", ") + std::string(http::to_string(m));
      out.response.set(http::field::allow, allow);
    }
    out.route_name = "unmatched";
    out.close = has_body;  // an unread body would be taken for the next request
    co_return out;
  }
  const Route& route = *match.route;
  if (parser.content_length() && *parser.content_length() > route.body_limit)
    co_return refuse(413, "", request_id, true);

  if (has_body) {
    parser.body_limit(route.body_limit);
    if (beast::iequals(head[http::field::expect], "100-continue")) {
      http::response<http::empty_body> cont{http::status::continue_, 11};
      c.stream.expires_after(options.write_timeout);
      auto [wec, wn] = co_await http::async_write(c.stream, cont, nothrow);
      if (wec) co_return refuse(400, "", request_id, true);
    }
    c.stream.expires_after(options.read_timeout);
    auto [ec, n] = co_await http::async_read(c.stream, buffer, parser, nothrow);
    if (ec == http::error::body_limit) co_return refuse(413, "", request_id, true);
    if (ec) co_return refuse(400, "The request body could not be read.", request_id, true);
  }

  request.message = parser.release();
  request.route = &route;
  request.params = std::move(match.params);
  if (auto cookie = request.message.find(http::field::cookie); cookie != request.message.end())
    request.cookies = parse_cookies(std::string_view(cookie->value().data(), cookie->value().size()));

  Response response;
  try {
    auto result = route.handler(request);
    response = result ? std::move(*result) : errors(http_status(result.error().code), result.error().message, request);
  } catch (const std::exception& e) {
    // The one catch per request: a bug, never a user's mistake. The message may come from a
    // library, so only its type-free text goes to the log, with the request id, not the request.
    std::fprintf(stderr, "{\"event\":\"handler_exception\",\"request_id\":\"%s\",\"route\":\"%s\"}\n",
                 request_id.c_str(), route.name.c_str());
    response = errors(500, "", request);
  }
  bool head_only = request.method() == http::verb::head;
  Outcome out{finish(std::move(response), request, route.cache, head_only), route.name, false};
  co_return out;
}

asio::awaitable<void> Server::Impl::serve(std::shared_ptr<Connection> c, std::string remote) {
  beast::flat_buffer buffer;
  for (unsigned served = 0;; ++served) {
    c->busy.store(false);
    if (stopping.load()) break;
    http::request_parser<http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(options.head.header_bytes));
    // Beast checks Content-Length against its own default limit while reading the head; the
    // route's limit is applied once the route is known, so defer the check until then.
    parser.body_limit(boost::none);
    c->stream.expires_after(served == 0 ? options.read_timeout : options.idle_timeout);
    auto [ec, n] = co_await http::async_read_header(c->stream, buffer, parser, nothrow);
    c->busy.store(true);
    const auto started = Clock::now();
    const std::string request_id = new_request_id();
    Outcome out;
    std::string method = "-";
    bool wants_keep_alive = false;
    if (ec == http::error::header_limit) {
      out = refuse(431, "", request_id, true);
    } else if (ec == http::error::body_limit) {
      out = refuse(413, "", request_id, true);
    } else if (ec && ec.category() == http::make_error_code(http::error::bad_target).category() &&
               ec != http::error::end_of_stream && ec != http::error::partial_message) {
      out = refuse(400, "The request could not be read.", request_id, true);
    } else if (ec) {
      break;  // closed, timed out or cancelled: nothing to answer
    } else {
      const auto verb = parser.get().method();
      method = verb == http::verb::unknown ? "OTHER" : std::string(http::to_string(verb));
      wants_keep_alive = parser.keep_alive();
      out = co_await answer(*c, buffer, parser, remote, request_id);
    }
    const bool keep = wants_keep_alive && !out.close && !stopping.load() && served + 1 < options.keep_alive_max;
    out.response.keep_alive(keep);
    const unsigned status = out.response.result_int();
    const std::size_t bytes = out.response.body().size();
    c->stream.expires_after(options.write_timeout);
    auto [wec, wn] = co_await http::async_write(c->stream, out.response, nothrow);
    const auto took = Clock::now() - started;
    metrics.record(out.route_name, method, status, took);
    if (options.access_log) write_access_log({request_id, method, out.route_name, status, bytes, took});
    if (wec || !keep) break;
  }
  beast::error_code ignored;
  c->stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  c->stream.socket().close(ignored);
  std::lock_guard lock(connections_mutex);
  connections.erase(c);
}

asio::awaitable<void> Server::Impl::accept_loop() {
  while (!stopping.load()) {
    auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(ioc), nothrow);
    if (ec) {
      if (stopping.load() || ec == asio::error::operation_aborted) break;
      continue;  // e.g. too many open files: keep serving the connections we have
    }
    socket.set_option(tcp::no_delay(true), ec);
    std::string remote = socket.remote_endpoint(ec).address().to_string();
    auto c = std::make_shared<Connection>(std::move(socket));
    {
      std::lock_guard lock(connections_mutex);
      connections.insert(c);
    }
    auto executor = c->stream.get_executor();
    asio::co_spawn(executor, serve(std::move(c), std::move(remote)), asio::detached);
  }
}

void Server::Impl::begin_stop() {
  if (stopping.exchange(true)) return;
  asio::post(ioc, [this] {
    beast::error_code ignored;
    acceptor.close(ignored);
    signals.cancel(ignored);
    {
      std::lock_guard lock(connections_mutex);
      for (const auto& c : connections) {
        // A connection between requests is closed now; one mid-request finishes and then closes.
        if (!c->busy.load()) asio::post(c->stream.get_executor(), [c] { c->stream.cancel(); });
      }
    }
    // Outside the lock: co_spawn may start drain() right here, and drain() takes the lock.
    asio::co_spawn(ioc, drain(), asio::detached);
  });
}

asio::awaitable<void> Server::Impl::drain() {
  asio::steady_timer timer(ioc);
  const auto deadline = Clock::now() + options.shutdown_grace;
  for (;;) {
    {
      std::lock_guard lock(connections_mutex);
      if (connections.empty()) co_return;
      for (const auto& c : connections)
        if (!c->busy.load()) asio::post(c->stream.get_executor(), [c] { c->stream.cancel(); });
    }
    if (Clock::now() > deadline) {
      ioc.stop();
      co_return;
    }
    timer.expires_after(std::chrono::milliseconds(20));
    co_await timer.async_wait(nothrow);
  }
}

Server::Server(ServerOptions options, const Router& router, Metrics& metrics, ErrorResponder errors)
    : impl_(std::make_unique<Impl>(std::move(options), router, metrics, std::move(errors))) {}

Server::~Server() = default;

Result<void> Server::listen() {
  beast::error_code ec;
  auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) return fail(ErrorCode::invalid_input, "--listen: '" + impl_->options.host + "' is not an IP address");
  tcp::endpoint endpoint(address, impl_->options.port);
  auto& a = impl_->acceptor;
  a.open(endpoint.protocol(), ec);
  if (!ec) a.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(endpoint, ec);
  if (!ec) a.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return fail(ErrorCode::unavailable,
                "cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port) + ": " + ec.message());
  return {};
}

unsigned short Server::port() const {
  beast::error_code ec;
  return impl_->acceptor.local_endpoint(ec).port();
}

void Server::run(bool handle_signals) {
  auto& im = *impl_;
  if (handle_signals) {
    im.signals.add(SIGINT);
    im.signals.add(SIGTERM);
    im.signals.async_wait([this](const beast::error_code& ec, int) {
      if (!ec) impl_->begin_stop();
    });
  }
  asio::co_spawn(im.ioc, im.accept_loop(), asio::detached);
  unsigned threads = im.options.threads ? im.options.threads : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned i = 1; i < threads; ++i) pool.emplace_back([&im] { im.ioc.run(); });
  im.ioc.run();
  for (auto& t : pool) t.join();
}

void Server::stop() { impl_->begin_stop(); }

}  // namespace sendhub::web
