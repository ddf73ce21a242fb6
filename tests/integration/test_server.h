// Starts the real SENDhub site and server in-process on a free loopback port, with a fresh
// SQLite database, for tests that speak HTTP over real sockets.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "store/database.h"
#include "web/server.h"
#include "web/site.h"

namespace sendhub::testing {

class TestServer {
 public:
  // extra_routes lets a test add routes that exercise the server (slow or echoing handlers).
  explicit TestServer(web::ServerOptions options = {}, const std::function<void(web::Router&)>& extra_routes = {});
  ~TestServer();
  unsigned short port() const { return port_; }
  web::Server& server() { return *server_; }
  web::Site& site() { return *site_; }
  store::Database& db() { return *db_; }
  // Stops the server and waits for run() to return; returns how long that took.
  std::chrono::milliseconds stop();

 private:
  std::filesystem::path dir_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<web::Site> site_;
  std::unique_ptr<web::Server> server_;
  std::thread thread_;
  unsigned short port_ = 0;
  bool stopped_ = false;
};

// A blocking loopback client that sends exactly the bytes it is given.
class RawClient {
 public:
  explicit RawClient(unsigned short port);
  ~RawClient();
  bool send(std::string_view bytes);
  // Reads until the peer closes or timeout; returns what arrived.
  std::string read_all(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
  // Reads one response (head plus Content-Length body).
  std::string read_response(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
  bool connected() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
  std::string pending_;
};

// Status code from "HTTP/1.1 404 Not Found..."; 0 when there is none.
unsigned status_of(std::string_view response);
std::string header_of(std::string_view response, std::string_view name);

}  // namespace sendhub::testing
