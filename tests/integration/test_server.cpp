#include "test_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sodium.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <random>
#include <stdexcept>

#include "app/demo_data.h"
#include "store/migrations.h"

namespace sendhub::testing {

TestServer::TestServer(web::ServerOptions options, const std::function<void(web::Router&)>& extra_routes) {
  if (sodium_init() < 0) throw std::runtime_error("sodium_init failed");
  std::random_device rd;
  dir_ = std::filesystem::temp_directory_path() / ("sendhub-it-" + std::to_string(rd()));
  std::filesystem::create_directories(dir_);
  auto db = store::open_database("sqlite:" + (dir_ / "test.db").string(), 2);
  if (!db) throw std::runtime_error(db.error().message);
  db_ = std::move(*db);
  if (auto v = store::migrate(*db_); !v) throw std::runtime_error(v.error().message);
  if (auto ok = app::load_demo_data(*db_); !ok) throw std::runtime_error(ok.error().message);
  const char* src = std::getenv("SENDHUB_SOURCE_DIR");
  std::filesystem::path root = src ? src : ".";
  auto site = web::Site::create({root / "templates", root / "node_modules/govuk-frontend/dist/govuk", root / "static"}, *db_);
  if (!site) throw std::runtime_error(site.error().message);
  site_ = std::move(*site);
  if (extra_routes) extra_routes(site_->router);
  options.host = "127.0.0.1";
  options.port = 0;
  options.threads = options.threads ? options.threads : 2;
  options.access_log = false;
  server_ = std::make_unique<web::Server>(options, site_->router, site_->metrics, site_->errors);
  if (auto ok = server_->listen(); !ok) throw std::runtime_error(ok.error().message);
  port_ = server_->port();
  thread_ = std::thread([this] { server_->run(false); });
}

std::chrono::milliseconds TestServer::stop() {
  auto start = std::chrono::steady_clock::now();
  if (!stopped_) {
    server_->stop();
    thread_.join();
    db_->close();
    stopped_ = true;
  }
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
}

TestServer::~TestServer() {
  stop();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

RawClient::RawClient(unsigned short port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

RawClient::~RawClient() {
  if (fd_ >= 0) ::close(fd_);
}

bool RawClient::send(std::string_view bytes) {
  while (!bytes.empty()) {
    auto n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::string RawClient::read_all(std::chrono::milliseconds timeout) {
  std::string out = std::move(pending_);
  pending_.clear();
  auto deadline = std::chrono::steady_clock::now() + timeout;
  char buf[65536];
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd_, POLLIN, 0};
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (::poll(&p, 1, static_cast<int>(std::max<long>(1, left.count()))) <= 0) break;
    auto n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  return out;
}

std::string RawClient::read_response(std::chrono::milliseconds timeout) {
  std::string data = std::move(pending_);
  pending_.clear();
  auto deadline = std::chrono::steady_clock::now() + timeout;
  char buf[65536];
  for (;;) {
    auto end = data.find("\r\n\r\n");
    if (end != std::string::npos) {
      std::size_t length = 0;
      auto cl = header_of(data.substr(0, end + 2), "content-length");
      if (!cl.empty()) length = std::stoul(cl);
      if (data.size() >= end + 4 + length) {
        pending_ = data.substr(end + 4 + length);
        return data.substr(0, end + 4 + length);
      }
    }
    if (std::chrono::steady_clock::now() >= deadline) return data;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    auto n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) return data;
    data.append(buf, static_cast<std::size_t>(n));
  }
}

unsigned status_of(std::string_view response) {
  if (response.size() < 12 || !response.starts_with("HTTP/1.")) return 0;
  return static_cast<unsigned>(std::atoi(std::string(response.substr(9, 3)).c_str()));
}

std::string header_of(std::string_view response, std::string_view name) {
  auto head = response.substr(0, response.find("\r\n\r\n"));
  std::size_t pos = 0;
  while ((pos = head.find("\r\n", pos)) != std::string_view::npos) {
    pos += 2;
    auto colon = head.find(':', pos);
    auto eol = head.find("\r\n", pos);
    if (colon == std::string_view::npos || (eol != std::string_view::npos && colon > eol)) continue;
    std::string key(head.substr(pos, colon - pos));
    for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key == name) {
      auto value = head.substr(colon + 1, (eol == std::string_view::npos ? head.size() : eol) - colon - 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      return std::string(value);
    }
  }
  return {};
}

}  // namespace sendhub::testing
