// The Local Offer directory from the command line:
//   sendhub import oruk FILE.json [--check]     an Open Referral UK / HSDS 3.0 file (- for standard input)
//   sendhub import oruk --url URL [--check]     another ORUK feed, every page
//   sendhub import onspd FILE.csv               the ONS Postcode Directory, for whole-postcode distances
//   sendhub export oruk [FILE]                  the whole directory as an import file (standard output by default)
//   sendhub local-offer remind                  email providers of entries past their check date
// --url and --check belong to `import oruk` only, so they are read here before the shared settings.
// Exit codes: 0 done; 1 a failure at run time; 2 bad usage or bad input, including an import in
// which any record was rejected (the others are imported, and every rejection is listed).
#include <sodium.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include <boost/json.hpp>

#include "app/identity/sessions.h"
#include "app/local_offer/demo_directory.h"
#include "app/local_offer/feed.h"
#include "app/local_offer/import.h"
#include "app/local_offer/postcodes.h"
#include "app/local_offer/reviews.h"
#include "cli/commands.h"
#include "cli/settings.h"
#include "domain/local_offer/oruk_writer.h"
#include "store/migrations.h"

namespace sendhub::cli {
namespace {

namespace lo = sendhub::local_offer;
namespace lapp = sendhub::app::local_offer;

int complain(const char* command, const std::string& message, int code) {
  std::fprintf(stderr, "sendhub %s: %s\n", command, message.c_str());
  return code;
}

int exit_code(const Error& e) { return e.code == ErrorCode::invalid_input || e.code == ErrorCode::too_large ? 2 : 1; }

std::optional<std::string> take(std::vector<std::string>& args, const std::string& name, bool is_switch) {
  return take_option(args, name, is_switch);
}

Result<std::string> read_all(const std::string& path) {
  std::ostringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::invalid_input, "cannot read " + path);
  text << in.rdbuf();
  return text.str();
}

Result<std::unique_ptr<store::Database>> open_migrated(const Settings& settings) {
  auto db = store::open_database(settings.get("--database"), 1);
  if (!db) return db;
  if (auto ok = store::check_schema(**db); !ok) return std::unexpected(ok.error());
  return db;
}

void print_report(const lapp::ImportReport& r, bool check_only) {
  for (const auto& x : r.rejected)
    std::fprintf(stderr, "rejected %s%s%s%s: %s\n", x.where.c_str(), x.id.empty() ? "" : (" (id " + x.id).c_str(),
                 x.name.empty() ? "" : (", \"" + x.name + "\"").c_str(), x.id.empty() ? "" : ")", x.reason.c_str());
  std::printf("%s %lld services (%lld new), %lld organizations, %lld locations, %lld service_at_locations, %lld taxonomies, "
              "%lld taxonomy terms; %zu records rejected\n",
              check_only ? "would import" : "imported", static_cast<long long>(r.services), static_cast<long long>(r.new_services),
              static_cast<long long>(r.organizations), static_cast<long long>(r.locations),
              static_cast<long long>(r.service_at_locations), static_cast<long long>(r.taxonomies),
              static_cast<long long>(r.taxonomy_terms), r.rejected.size());
}

int import_oruk(std::vector<std::string> args) {
  const auto url = take(args, "--url", false);
  const bool check_only = take(args, "--check", true).has_value();
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return complain("import oruk", settings.error().message, 2);
  const auto& files = settings->positional();
  if ((url && !files.empty()) || (!url && files.size() != 1))
    return complain("import oruk", "give one file (or - for standard input), or --url URL", 2);
  auto db = open_migrated(*settings);
  if (!db) return complain("import oruk", db.error().message, 1);
  if (auto ok = lapp::ensure_local_offer_categories(**db); !ok) return complain("import oruk", ok.error().message, 1);
  Result<lapp::ImportReport> report = fail(ErrorCode::internal, "");
  if (url) {
    auto feed = lapp::read_oruk_feed(*url, [](const lapp::FeedProgress& p) {
      std::fprintf(stderr, "read page %d (%d services so far)\n", p.pages, p.services);
    });
    if (!feed) return complain("import oruk", feed.error().message, exit_code(feed.error()));
    report = lapp::import_directory(**db, std::move(*feed), *url, check_only);
  } else {
    auto text = read_all(files[0]);
    if (!text) return complain("import oruk", text.error().message, 2);
    report = lapp::import_oruk_text(**db, *text, files[0] == "-" ? "standard input" : files[0], check_only);
  }
  (*db)->close();
  if (!report) return complain("import oruk", report.error().message, exit_code(report.error()));
  print_report(*report, check_only);
  return report->rejected.empty() ? 0 : 2;
}

int import_onspd(std::vector<std::string> args) {
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return complain("import onspd", settings.error().message, 2);
  if (settings->positional().size() != 1) return complain("import onspd", "give the ONSPD CSV file", 2);
  std::ifstream in(settings->positional()[0]);
  if (!in) return complain("import onspd", "cannot read " + settings->positional()[0], 2);
  auto db = open_migrated(*settings);
  if (!db) return complain("import onspd", db.error().message, 1);
  auto done = lapp::import_onspd(**db, in);
  (*db)->close();
  if (!done) return complain("import onspd", done.error().message, exit_code(done.error()));
  std::printf("imported %lld postcodes; left out %lld no longer in use, %lld without a position, %lld unreadable lines\n",
              static_cast<long long>(done->imported), static_cast<long long>(done->terminated),
              static_cast<long long>(done->without_position), static_cast<long long>(done->unreadable));
  return 0;
}

}  // namespace

int import_command(std::span<const std::string> given) {
  std::vector<std::string> args(given.begin(), given.end());
  if (!args.empty() && args[0] == "plan") return import_plan_command({args.begin() + 1, args.end()});
  if (args.empty() || (args[0] != "oruk" && args[0] != "onspd")) {
    std::fprintf(stderr, "Usage: sendhub import oruk FILE.json|-|--url URL [--check]\n       sendhub import onspd FILE.csv\n"
                         "       sendhub import plan FILE.json|- [--child ID]\n");
    return 2;
  }
  const std::string what = args[0];
  args.erase(args.begin());
  return what == "oruk" ? import_oruk(std::move(args)) : import_onspd(std::move(args));
}

int export_command(std::span<const std::string> given) {
  std::vector<std::string> args(given.begin(), given.end());
  if (!args.empty() && args[0] == "plan") return export_plan_command({args.begin() + 1, args.end()});
  if (!args.empty() && args[0] == "sen2") return export_sen2_command({args.begin() + 1, args.end()});
  if (args.empty() || args[0] != "oruk") {
    std::fprintf(stderr, "Usage: sendhub export oruk [FILE]\n       sendhub export plan ID --json [--version N] [FILE]\n"
                         "       sendhub export sen2 --census-date DATE --la CODE [--check] [FILE]\n");
    return 2;
  }
  args.erase(args.begin());
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return complain("export oruk", settings.error().message, 2);
  if (settings->positional().size() > 1) return complain("export oruk", "give at most one file", 2);
  auto db = open_migrated(*settings);
  if (!db) return complain("export oruk", db.error().message, 1);
  auto directory = lapp::export_directory(**db);
  (*db)->close();
  if (!directory) return complain("export oruk", directory.error().message, 1);
  const std::string text = boost::json::serialize(lo::directory_json(*directory)) + "\n";
  if (settings->positional().empty() || settings->positional()[0] == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
  } else {
    std::ofstream out(settings->positional()[0], std::ios::binary);
    out << text;
    if (!out) return complain("export oruk", "cannot write " + settings->positional()[0], 1);
    std::fprintf(stderr, "exported %zu services\n", directory->services.size());
  }
  return 0;
}

int local_offer_command(std::span<const std::string> given) {
  if (sodium_init() < 0) return 1;
  std::vector<std::string> args(given.begin(), given.end());
  if (args.empty() || args[0] != "remind") {
    std::fprintf(stderr, "Usage: sendhub local-offer remind [--public-url URL]\n");
    return 2;
  }
  args.erase(args.begin());
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return complain("local-offer", settings.error().message, 2);
  std::string public_url = settings->get("--public-url");
  if (public_url.empty()) public_url = "http://" + settings->get("--listen");
  auto db = open_migrated(*settings);
  if (!db) return complain("local-offer", db.error().message, 1);
  auto run = lapp::send_review_reminders(**db, app::unix_now(), public_url);
  (*db)->close();
  if (!run) return complain("local-offer", run.error().message, 1);
  std::printf("emailed the providers of %d services past their check date; %d have nobody to email\n", run->emailed,
              run->without_contact);
  return 0;
}

}  // namespace sendhub::cli
