// `sendhub serve`: checks the database schema, builds the site and serves until SIGTERM/SIGINT.
#include <sodium.h>

#include <cstdio>
#include <cstdlib>

#include "app/demo_data.h"
#include "cli/commands.h"
#include "cli/settings.h"
#include "store/migrations.h"
#include "web/server.h"
#include "web/site.h"

namespace sendhub::cli {
namespace {

int startup_failure(const std::string& message) {
  std::fprintf(stderr, "sendhub serve: %s\n", message.c_str());
  return 1;
}

Result<std::pair<std::string, unsigned short>> split_listen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size())
    return fail(ErrorCode::invalid_input, "--listen must look like 127.0.0.1:8080");
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  char* end = nullptr;
  long port = std::strtol(listen.c_str() + colon + 1, &end, 10);
  if (*end != '\0' || port < 0 || port > 65535) return fail(ErrorCode::invalid_input, "--listen has a bad port number");
  return std::pair{host, static_cast<unsigned short>(port)};
}

}  // namespace

int serve_command(std::span<const std::string> args) {
  if (sodium_init() < 0) return startup_failure("libsodium could not start");
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return startup_failure(settings.error().message);
  auto listen = split_listen(settings->get("--listen"));
  if (!listen) return startup_failure(listen.error().message);
  int threads = std::atoi(settings->get("--threads").c_str());
  if (threads < 0 || threads > 256) return startup_failure("--threads must be between 0 and 256");

  auto db = store::open_database(settings->get("--database"), threads > 0 ? threads : 4);
  if (!db) return startup_failure(db.error().message);
  if (settings->on("--demo")) {
    // Demo mode is for a developer's machine: bring the schema up to date and load the demo data.
    if (auto v = store::migrate(**db); !v) return startup_failure(v.error().message);
    if (auto ok = app::load_demo_data(**db); !ok) return startup_failure(ok.error().message);
  }
  if (auto ok = store::check_schema(**db); !ok) return startup_failure(ok.error().message);

  web::SiteOptions site_options{settings->get("--templates"), settings->get("--assets"), settings->get("--static"),
                                settings->on("--demo")};
  auto site = web::Site::create(site_options, **db);
  if (!site) return startup_failure(site.error().message);

  web::ServerOptions options;
  options.host = listen->first;
  options.port = listen->second;
  options.threads = static_cast<unsigned>(threads);
  options.access_log = settings->on("--access-log");
  web::Server server(options, (*site)->router, (*site)->metrics, (*site)->errors);
  if (auto ok = server.listen(); !ok) return startup_failure(ok.error().message);
  std::fprintf(stderr, "{\"event\":\"listening\",\"address\":\"%s\",\"port\":%u}\n", options.host.c_str(),
               static_cast<unsigned>(server.port()));
  server.run(true);
  (*db)->close();
  std::fprintf(stderr, "{\"event\":\"stopped\"}\n");
  return 0;
}

}  // namespace sendhub::cli
