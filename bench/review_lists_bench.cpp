// The review lists at England scale: review_lists_bench DATABASE_URL [PLANS] [PLANS_IN_LA]
// writes a synthetic England (640,000 plans by default over 153 authorities, 20,000 of them in
// the measured authority, about the size of the largest in England), each plan with its child,
// the assessment that made it, its first final version and, for many, earlier and open annual
// reviews with their events; then times /reviews and /reviews/phase-transfers through the real
// route handlers in process, signed in as the demo caseworker, so the figures are server time.
// Prints "name value" lines for bench/review_lists.sh.
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "app/clock.h"
#include "app/demo_data.h"
#include "app/identity/sessions.h"
#include "app/batch_insert.h"
#include "store/migrations.h"
#include "web/site.h"

namespace {

using namespace sendhub;
using clock_type = std::chrono::steady_clock;
using app::BatchInsert;

double ms(clock_type::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

int die(const std::string& why) {
  std::fprintf(stderr, "review_lists_bench: %s\n", why.c_str());
  return 1;
}

std::string day(calendar::Date d) { return calendar::format_date(d); }

// The synthetic area: authority 816 (with the demo accounts) holds `in_la` plans, 152 others the rest.
Result<void> write_england(store::Database& db, int plans, int in_la, calendar::Date today) {
  return db.write([&](store::Connection& c) -> Result<void> {
    for (int la = 0; la < 152; ++la) {
      const store::Value p[] = {std::to_string(600 + la), "Synthetic authority " + std::to_string(la), std::string("2026-01-01T00:00:00Z")};
      if (auto n = c.execute("INSERT INTO local_authorities (code, name, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", p); !n)
        return std::unexpected(n.error());
    }
    BatchInsert schools(c, "INSERT INTO organisations (id, kind, name, la_code, urn, created_at) VALUES ", "", 6);
    for (int s = 0; s < 300; ++s)
      if (auto ok = schools.add({"org-bench-" + std::to_string(s), std::string("school"), "Bench School " + std::to_string(s),
                                 std::string("816"), std::to_string(300000 + s), std::string("2026-01-01T00:00:00Z")}); !ok)
        return ok;
    if (auto ok = schools.flush(); !ok) return ok;
    BatchInsert children(c, "INSERT INTO children (id, la_code, given_name, family_name, date_of_birth, setting_urn, created_at) VALUES ", "", 7, {}, 1000);
    BatchInsert cases(c, "INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, caseworker_user_id, opened_by, "
                         "opened_at, closed_on) VALUES ", "", 10, {}, 1000);
    BatchInsert events(c, "INSERT INTO case_events (case_id, sequence, type, event_date, outcome, recorded_by, recorded_at) VALUES ", "", 7, {}, 1000);
    BatchInsert plan_rows(c, "INSERT INTO plans (id, child_id, la_code, case_id, created_at) VALUES ", "", 5, {}, 1000);
    BatchInsert versions(c, "INSERT INTO plan_versions (plan_id, version, status, plan_date, document, source, issued_at) VALUES ", "", 7, {}, 1000);
    BatchInsert meetings(c, "INSERT INTO review_meetings (case_id, plan_id, meeting_on, scheduled_by) VALUES ", "", 4, {}, 1000);
    const std::string stamp = "2026-01-01T00:00:00Z", by = "user-caseworker";
    // A plan document of ordinary size; the lists never read it.
    const std::string document = "{\"format\":\"sendhub-plan/1\",\"filler\":\"" + std::string(1500, 'x') + "\"}";
    std::mt19937 rng(2026);
    // Rows refer to rows in other batches, so every batch is written, parents first, every 50 plans.
    const auto flush_all = [&]() -> Result<void> {
      for (auto* b : {&children, &cases, &plan_rows, &versions, &meetings, &events})
        if (auto ok = b->flush(); !ok) return ok;
      return {};
    };
    for (int i = 0; i < plans; ++i) {
      if (i % 50 == 0)
        if (auto ok = flush_all(); !ok) return ok;
      const std::string n = std::to_string(i), la = i < in_la ? "816" : std::to_string(600 + i % 152);
      const auto born = today - std::chrono::days(365 * 2 + static_cast<int>(rng() % (365 * 22)));
      const auto issued = today - std::chrono::days(30 + static_cast<int>(rng() % (365 * 4)));
      const std::string urn = i < in_la ? std::to_string(300000 + static_cast<int>(rng() % 300)) : std::to_string(400000 + i % 9000);
      if (auto ok = children.add({"c" + n, la, std::string("Child"), "Bench" + n, day(born), urn, stamp}); !ok) return ok;
      const std::string assessment = "a" + n;
      if (auto ok = cases.add({assessment, "c" + n, la, std::string("ehc_needs_assessment"), std::string("parent"), std::int64_t{1},
                               i < in_la ? store::Value(by) : store::Value(), by, stamp, day(issued)}); !ok) return ok;
      std::int64_t seq = 0;
      for (auto [type, on] : {std::pair{"request_received", issued - std::chrono::days(140)}, std::pair{"final_plan_issued", issued}})
        if (auto ok = events.add({assessment, ++seq, std::string(type), day(on), std::string(), by, stamp}); !ok) return ok;
      if (auto ok = plan_rows.add({"p" + n, "c" + n, la, assessment, stamp}); !ok) return ok;
      if (auto ok = versions.add({"p" + n, std::int64_t{1}, std::string("final"), day(issued), document, std::string("issued"), stamp}); !ok) return ok;
      // Every review held so far, as a closed review case; one in ten being arranged now.
      auto anchor = issued;
      for (int r = 0; anchor + std::chrono::days(350) < today; ++r) {
        const auto held = anchor + std::chrono::days(300 + static_cast<int>(rng() % 60));
        if (held >= today) break;
        const std::string id = "r" + n + "-" + std::to_string(r);
        if (auto ok = cases.add({id, "c" + n, la, std::string("annual_review"), std::string("school"), std::int64_t{1}, store::Value(), by,
                                 stamp, day(held + std::chrono::days(20))}); !ok) return ok;
        if (auto ok = meetings.add({id, "p" + n, day(held), by}); !ok) return ok;
        std::int64_t s = 0;
        for (auto [type, on, outcome] : {std::tuple{"plan_issued", anchor, ""}, std::tuple{"review_meeting_held", held, ""},
                                         std::tuple{"review_decision", held + std::chrono::days(20), "maintain"}})
          if (auto ok = events.add({id, ++s, std::string(type), day(on), std::string(outcome), by, stamp}); !ok) return ok;
        anchor = held;
      }
      if (i % 10 == 0) {
        const std::string id = "o" + n;
        const auto meeting = today + std::chrono::days(15 + static_cast<int>(rng() % 30));
        if (auto ok = cases.add({id, "c" + n, la, std::string("annual_review"), std::string("school"), std::int64_t{1}, store::Value(), by,
                                 stamp, store::Value()}); !ok) return ok;
        if (auto ok = meetings.add({id, "p" + n, day(meeting), by}); !ok) return ok;
        if (auto ok = events.add({id, std::int64_t{1}, std::string("plan_issued"), day(anchor), std::string(), by, stamp}); !ok) return ok;
        if (auto ok = events.add({id, std::int64_t{2}, std::string("review_meeting_scheduled"), day(meeting), std::string(), by, stamp}); !ok) return ok;
      }
    }
    return flush_all();
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return die("usage: review_lists_bench DATABASE_URL [PLANS] [PLANS_IN_LA]");
  if (sodium_init() < 0) return die("libsodium did not start");
  const int plans = argc > 2 ? std::atoi(argv[2]) : 640000;
  const int in_la = argc > 3 ? std::atoi(argv[3]) : 20000;
  auto db = store::open_database(argv[1], 4);
  if (!db) return die(db.error().message);
  if (auto v = store::migrate(**db); !v) return die(v.error().message);
  if (auto ok = app::load_demo_people(**db); !ok) return die(ok.error().message);
  const auto today = app::day_of(app::unix_now());
  const auto start = clock_type::now();
  if (auto ok = write_england(**db, plans, in_la, today); !ok) return die(ok.error().message);
  std::fprintf(stderr, "wrote %d plans in %.1f s\n", plans, ms(clock_type::now() - start) / 1000);

  auto site = web::Site::create({"templates", "node_modules/govuk-frontend/dist/govuk", "static"}, **db);
  if (!site) return die(site.error().message);
  std::string token;  // the demo caseworker's session, signed in with two-factor done
  auto session = (*db)->write([&](store::Connection& c) -> Result<void> {
    auto s = app::create_session(c, "user-caseworker", access::Role::sen_caseworker, true, app::unix_now(), "bench");
    if (!s) return std::unexpected(s.error());
    token = s->token;
    return {};
  });
  if (!session) return die(session.error().message);
  auto get = [&](const std::string& path, const std::string& query, std::size_t& rows) -> Result<double> {
    const auto t0 = clock_type::now();
    auto match = (*site)->router.match(web::http::verb::get, path);
    if (!match.route) return fail(ErrorCode::not_found, "no route for " + path);
    web::Request req;
    req.path = path;
    req.remote_address = "127.0.0.1";
    req.cookies.push_back({"sendhub_session", token});
    auto decoded = web::decode_form(query);
    if (!decoded) return std::unexpected(decoded.error());
    req.query = std::move(*decoded);
    req.params = match.params;
    req.route = match.route;
    auto r = match.route->handler(req);
    if (!r) return std::unexpected(r.error());
    if (r->status != 200) return fail(ErrorCode::internal, path + " answered " + std::to_string(r->status));
    const double took = ms(clock_type::now() - t0);
    rows = 0;
    for (std::size_t at = r->body.find("<tr class=\"govuk-table__row\">"); at != std::string::npos;
         at = r->body.find("<tr class=\"govuk-table__row\">", at + 1))
      ++rows;
    return took;
  };
  std::size_t due_rows = 0, move_rows = 0;
  std::vector<double> due_ms, move_ms;
  // The first of each writes the list's audit entries (once a session a day); then they are read only.
  for (int i = 0; i < 101; ++i) {
    auto due = get("/reviews", "within=13&group=school", due_rows);
    if (!due) return die(due.error().message);
    if (i > 0) due_ms.push_back(*due);
    auto moves = get("/reviews/phase-transfers", "", move_rows);
    if (!moves) return die(moves.error().message);
    if (i > 0) move_ms.push_back(*moves);
  }
  // After any change (the counter moves) the next list reads the authority's register again.
  std::vector<double> changed_ms;
  for (int i = 0; i < 5; ++i) {
    if (auto bumped = (*db)->write([](store::Connection& c) -> Result<void> {
          auto n = c.execute("UPDATE change_counters SET value = value + 1 WHERE name = 'caseload'");
          if (!n) return std::unexpected(n.error());
          return {};
        }); !bumped)
      return die(bumped.error().message);
    auto due = get("/reviews", "within=13&group=school", due_rows);
    if (!due) return die(due.error().message);
    changed_ms.push_back(*due);
  }
  std::printf("after_change_median_ms %.1f\n", percentile(changed_ms, 0.5));
  std::printf("plans %d\nplans_in_la %d\ndue_rows %zu\ntransfer_rows %zu\n", plans, in_la, due_rows, move_rows);
  std::printf("due_p50_ms %.1f\ndue_p95_ms %.1f\ntransfers_p50_ms %.1f\ntransfers_p95_ms %.1f\n", percentile(due_ms, 0.5),
              percentile(due_ms, 0.95), percentile(move_ms, 0.5), percentile(move_ms, 0.95));
  (*db)->close();
  return 0;
}
