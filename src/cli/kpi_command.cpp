// `sendhub kpi --json [--from DATE] [--to DATE] [--la CODE] [--headline]`: every partnership KPI
// for the period (default: the 12 months to today) with its breakdowns and definition, worked
// out from the live record exactly as the dashboard does, for scripts and checks; --headline:
// only the board's headline KPIs, broken down by authority and need. Without --json, a short
// table of the figures.
#include <cstdio>

#include "app/casework/cases.h"
#include "app/identity/sessions.h"
#include "app/kpi/kpi_report.h"
#include "app/kpi/kpi_state.h"
#include "cli/commands.h"
#include "cli/settings.h"
#include "store/migrations.h"

namespace sendhub::cli {
namespace {

int fail_with(const Error& e, int code) {
  std::fprintf(stderr, "sendhub kpi: %s\n", e.message.c_str());
  return code;
}

void print_table(const boost::json::object& report) {
  std::printf("%-62s %10s %12s\n", "KPI", "value", "out of");
  for (const auto& v : report.at("kpis").as_array()) {
    const auto& k = v.as_object();
    const auto& value = k.at("value");
    char shown[32] = "-";
    if (value.is_int64()) std::snprintf(shown, sizeof shown, "%lld", static_cast<long long>(value.as_int64()));
    else if (value.is_double()) std::snprintf(shown, sizeof shown, k.at("unit") == "percent" ? "%.1f%%" : "%.1f", value.as_double());
    const auto out_of = k.at("denominator").as_int64();
    std::printf("%-62s %10s %12s\n", std::string(k.at("title").as_string()).c_str(), shown,
                out_of > 0 ? std::to_string(out_of).c_str() : "");
  }
}

}  // namespace

int kpi_command(std::span<const std::string> raw) {
  std::vector<std::string> args(raw.begin(), raw.end());
  const bool json = take_option(args, "--json", true).has_value();
  const std::string from = take_option(args, "--from", false).value_or("");
  const std::string to = take_option(args, "--to", false).value_or("");
  const std::string la = take_option(args, "--la", false).value_or("");
  const bool headline = take_option(args, "--headline", true).has_value();
  auto settings = Settings::parse(args, process_environment);
  if (!settings) return fail_with(settings.error(), 2);
  if (!settings->positional().empty()) return fail_with({ErrorCode::invalid_input, "unexpected " + settings->positional().front(), ""}, 2);
  auto db = store::open_database(settings->get("--database"), 1);
  if (!db) return fail_with(db.error(), 1);
  if (auto ok = store::check_schema(**db); !ok) return fail_with(ok.error(), 1);
  app::kpi::KpiState state(**db);
  std::optional<Error> problem;
  boost::json::object report;
  auto ok = state.with_area([&](const app::kpi::LoadedArea& area) {
    auto query = app::kpi::kpi_query(area, from, to, la, app::day_of(app::unix_now()));
    if (!query) {
      problem = query.error();
      return;
    }
    if (headline) query->scope = sendhub::kpi::Scope::headline_by_la_and_need;
    report = app::kpi::kpi_json(area, *query);
  });
  (*db)->close();
  if (!ok) return fail_with(ok.error(), 1);
  if (problem) return fail_with(*problem, 2);
  if (json) std::printf("%s\n", boost::json::serialize(report).c_str());
  else print_table(report);
  return 0;
}

}  // namespace sendhub::cli
