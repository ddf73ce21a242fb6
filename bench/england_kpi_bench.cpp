// The KPIs at England scale: england_kpi_bench DATABASE_URL, on a database holding
// `sendhub demo --scale england`. Times, in one run on the same data:
//   - the cold start: KpiState loading every case's facts from the engine;
//   - SENDhub's figures: the headline KPIs for the 12 months to today with their breakdowns by
//     authority and need (the target), every KPI with all its breakdowns (authority,
//     need and the rest) as a KPI page computes them, and every KPI without breakdowns;
//   - the same headline figures by authority and need as one SQL query on the engine (requests
//     received, new plans, plans within 20 weeks, plans in force);
//   - a hand-written single-threaded scan over packed arrays of the same facts, for scale.
// Prints "name value" lines for bench/england_kpi.sh. Medians of repeated runs.
#include <sodium.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/identity/sessions.h"
#include "app/kpi/area_snapshot.h"
#include "app/kpi/kpi_state.h"
#include "domain/kpi/compute.h"

namespace {

using namespace sendhub;
using clock_type = std::chrono::steady_clock;

double ms(clock_type::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}
int die(const std::string& why) {
  std::fprintf(stderr, "england_kpi_bench: %s\n", why.c_str());
  return 1;
}

// The headline figures by authority and primary need in one statement. Dates are ISO text on
// both engines; only the 20-week arithmetic differs.
std::string headline_sql(store::Dialect d) {
  const std::string due = d == store::Dialect::postgres ? "(r.received::date + 140)::text" : "date(r.received, '+140 days')";
  return "WITH need AS (SELECT d.child_id, d.primary_need FROM child_detail_versions d WHERE d.version = "
         "(SELECT max(x.version) FROM child_detail_versions x WHERE x.child_id = d.child_id)), "
         "req AS (SELECT k.child_id, k.la_code, min(CASE WHEN e.type = 'request_received' THEN e.event_date END) AS received, "
         "min(CASE WHEN e.type = 'final_plan_issued' THEN e.event_date END) AS final FROM cases k JOIN case_events e ON e.case_id = k.id "
         "WHERE k.process = 'ehc_needs_assessment' GROUP BY k.id, k.child_id, k.la_code), "
         "figures AS (SELECT r.la_code, r.child_id, CASE WHEN r.received BETWEEN $1 AND $2 THEN 1 ELSE 0 END AS requests, "
         "CASE WHEN r.final BETWEEN $1 AND $2 THEN 1 ELSE 0 END AS issued, "
         "CASE WHEN r.final BETWEEN $1 AND $2 AND r.final <= " + due + " THEN 1 ELSE 0 END AS on_time, 0 AS in_force FROM req r "
         "UNION ALL SELECT p.la_code, p.child_id, 0, 0, 0, 1 FROM plans p WHERE EXISTS (SELECT 1 FROM plan_versions v WHERE "
         "v.plan_id = p.id AND v.status = 'final' AND v.plan_date <= $2)) "
         "SELECT f.la_code, COALESCE(n.primary_need, ''), sum(f.requests), sum(f.issued), sum(f.on_time), sum(f.in_force) "
         "FROM figures f LEFT JOIN need n ON n.child_id = f.child_id GROUP BY f.la_code, COALESCE(n.primary_need, '')";
}

// The floor: the same four figures by authority and need from packed arrays, in one pass each.
struct Packed {
  std::vector<std::int32_t> received, final_issued, final_due;
  std::vector<std::uint16_t> request_la, plan_la;
  std::vector<std::uint8_t> request_need, plan_need;
  std::vector<std::int32_t> plan_issued, plan_ceased;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return die("usage: england_kpi_bench DATABASE_URL");
  if (sodium_init() < 0) return die("libsodium did not start");
  auto db = store::open_database(argv[1], 4);
  if (!db) return die(db.error().message);

  const auto t0 = clock_type::now();
  app::kpi::KpiState state(**db);
  std::size_t requests = 0, plans = 0, children = 0, rejected = 0;
  std::vector<double> memory_ms, totals_ms, headline_ms;
  std::size_t headline_kpis = 0;
  std::int64_t w20_num = 0, w20_den = 0;
  const calendar::Date today = app::day_of(app::unix_now());
  const kpi::Day to = kpi::day_of(today), from = kpi::day_of(calendar::add_days(calendar::add_months(today, -12), 1));
  Packed packed;
  auto ok = state.with_area([&](const app::kpi::LoadedArea& area) {
    requests = area.facts.requests.size();
    plans = area.facts.plans.size();
    children = area.facts.children.size();
    rejected = area.index.histories_rejected;
    for (int i = 0; i < 21; ++i) {
      const auto s = clock_type::now();
      auto all = kpi::compute_kpis(area.facts, {from, to}, {}, true);
      memory_ms.push_back(ms(clock_type::now() - s));
      for (const auto& f : all)
        if (f.definition->id == "within_20_weeks_excluding_exceptions") w20_num = f.figure.numerator, w20_den = f.figure.denominator;
    }
    for (int i = 0; i < 11; ++i) {
      const auto s = clock_type::now();
      auto all = kpi::compute_kpis(area.facts, {from, to}, {}, false);
      totals_ms.push_back(ms(clock_type::now() - s));
    }
    for (int i = 0; i < 21; ++i) {
      const auto s = clock_type::now();
      auto headline = kpi::compute_kpis(area.facts, {from, to}, {}, true, kpi::Scope::headline_by_la_and_need);
      headline_ms.push_back(ms(clock_type::now() - s));
      headline_kpis = headline.size();
    }
    for (const auto& r : area.facts.requests) {
      const auto& c = area.facts.children[r.child];
      packed.received.push_back(r.received);
      packed.final_issued.push_back(r.final_issued);
      packed.final_due.push_back(r.final_due);
      packed.request_la.push_back(c.la);
      packed.request_need.push_back(c.need);
    }
    for (const auto& p : area.facts.plans) {
      const auto& c = area.facts.children[p.child];
      packed.plan_issued.push_back(p.issued);
      packed.plan_ceased.push_back(p.ceased);
      packed.plan_la.push_back(c.la);
      packed.plan_need.push_back(c.need);
    }
  });
  if (!ok) return die(ok.error().message);
  const double cold_ms = state.stats().load_ms > 0 ? state.stats().load_ms : ms(clock_type::now() - t0);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);

  std::vector<double> scan_ms;
  std::int64_t scan_total = 0;
  for (int i = 0; i < 21; ++i) {
    const auto s = clock_type::now();
    std::vector<std::int64_t> cells(4 * 1024 * 32, 0);  // 4 figures × authority × need
    for (std::size_t k = 0; k < packed.received.size(); ++k) {
      const std::size_t cell = (static_cast<std::size_t>(packed.request_la[k]) * 32 + packed.request_need[k]) * 4;
      cells[cell] += packed.received[k] >= from && packed.received[k] <= to;
      const bool issued = packed.final_issued[k] >= from && packed.final_issued[k] <= to;
      cells[cell + 1] += issued;
      cells[cell + 2] += issued && packed.final_issued[k] <= packed.final_due[k];
    }
    for (std::size_t k = 0; k < packed.plan_issued.size(); ++k) {
      const std::size_t cell = (static_cast<std::size_t>(packed.plan_la[k]) * 32 + packed.plan_need[k]) * 4;
      cells[cell + 3] += packed.plan_issued[k] != kpi::no_day && packed.plan_issued[k] <= to &&
                         (packed.plan_ceased[k] == kpi::no_day || packed.plan_ceased[k] > to);
    }
    scan_ms.push_back(ms(clock_type::now() - s));
    scan_total = 0;
    for (auto v : cells) scan_total += v;
  }

  // The next start: the snapshot the first load saved, and the (no) changes since.
  const auto restart = clock_type::now();
  app::kpi::KpiState again(**db);
  std::size_t requests_again = 0;
  if (auto r = again.with_area([&](const app::kpi::LoadedArea& area) { requests_again = area.facts.requests.size(); }); !r)
    return die(r.error().message);
  const double snapshot_start_ms = ms(clock_type::now() - restart);
  if (!again.stats().from_snapshot || requests_again != requests) return die("the second start did not read the snapshot");
  std::int64_t snapshot_bytes = 0;
  const auto save = clock_type::now();
  Result<void> saved;
  auto read = again.with_area([&](const app::kpi::LoadedArea& area) {
    saved = (*db)->write([&](store::Connection& c) -> Result<void> {
      auto at = c.query("SELECT feed_seq, feed_xmin FROM kpi_snapshot WHERE part = 0");  // saved again where it stood
      if (!at) return std::unexpected(at.error());
      if (at->empty()) return fail(ErrorCode::internal, "no snapshot was saved");
      if (auto s = app::kpi::save_snapshot(c, area, at->front().get_int(0), at->front().get_int(1)); !s) return s;
      auto size = c.query("SELECT sum(length(data)) FROM kpi_snapshot");
      if (!size) return std::unexpected(size.error());
      snapshot_bytes = size->front().get_int(0);
      return {};
    });
  });
  if (!read) return die(read.error().message);
  if (!saved) return die(saved.error().message);
  const double save_ms = ms(clock_type::now() - save);

  std::vector<double> sql_ms;
  std::size_t sql_rows = 0;
  const store::Value p[] = {calendar::format_date(kpi::date_of(from)), calendar::format_date(today)};
  const std::string sql = headline_sql((*db)->dialect());
  for (int i = 0; i < 6; ++i) {
    const auto s = clock_type::now();
    auto read = (*db)->read([&](store::Connection& c) -> Result<void> {
      auto rows = c.query(sql, p);
      if (!rows) return std::unexpected(rows.error());
      sql_rows = rows->size();
      return {};
    });
    if (!read) return die(read.error().message);
    if (i > 0) sql_ms.push_back(ms(clock_type::now() - s));  // the first warms the cache
  }

  std::printf("snapshot_start_ms %.0f\nsnapshot_save_ms %.0f\nsnapshot_mb %.0f\n", snapshot_start_ms, save_ms,
              static_cast<double>(snapshot_bytes) / 1e6);
  std::printf("children %zu\nrequests %zu\nplans %zu\nhistories_rejected %zu\n", children, requests, plans, rejected);
  std::printf("within_20_weeks_percent %.1f\n", w20_den ? 100.0 * static_cast<double>(w20_num) / static_cast<double>(w20_den) : 0.0);
  std::printf("cold_start_ms %.0f\nmax_rss_mb %.0f\n", cold_ms, static_cast<double>(usage.ru_maxrss) / 1024);
  std::printf("memory_totals_ms %.2f\nmemory_headline_ms %.2f\nheadline_kpis %zu\n", median(totals_ms), median(headline_ms), headline_kpis);
  std::printf("memory_kpis_ms %.2f\nsql_headline_ms %.1f\nsql_rows %zu\nscan_ms %.2f\nscan_total %lld\n", median(memory_ms),
              median(sql_ms), sql_rows, median(scan_ms), static_cast<long long>(scan_total));
  (*db)->close();
  return 0;
}
