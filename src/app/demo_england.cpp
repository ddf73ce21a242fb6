// `sendhub demo --scale england`: a made-up England for the KPI and SEN2 benchmarks (issue 8),
// shaped by the published national figures: about 640,000 plans in force across 153
// authorities, 155,000 requests a year for three years of which 46% of new plans are issued
// within 20 weeks, the national primary-need mix. Written in bulk (multi-row INSERTs in a few
// large transactions), not through the use cases, so it takes minutes rather than hours; every
// history is one the statutory engine accepts, which the KPI load checks and reports.
//
// Plans issued before the three years have the short history an imported plan has (request,
// decision, draft, final); those issued since have the whole assessment, with education and
// health advice. Every plan over a year old has its latest annual review.
#include <algorithm>
#include <random>

#include "app/batch_insert.h"
#include "app/casework/cases.h"
#include "app/identity/sessions.h"
#include "app/clock.h"
#include "app/demo_data.h"
#include "app/demo_random.h"
#include "domain/calendar/date.h"
#include "domain/plan/plan_json.h"

namespace sendhub::app {
namespace {

using std::chrono::days;
using Date = calendar::Date;

using demo::Random;
using demo::pick;
using demo::need_mix;

constexpr demo::Mix ethnicity_mix[] = {{"WBRI", 700}, {"WOTH", 50}, {"MWBC", 30}, {"MOTH", 30}, {"AIND", 30},
                                        {"APKN", 45}, {"ABAN", 20}, {"BAFR", 35}, {"BCRB", 15}, {"CHNE", 5},
                                        {"OOTH", 20}, {"NOBT", 20}};
constexpr const char* setting_types[] = {"mainstream", "mainstream", "mainstream", "mainstream", "resourced_provision",
                                         "special", "special", "independent", "post16"};
// Real postcode areas, one an authority, so districts read as districts ("LS6").
constexpr const char* areas[] = {"B", "M", "LS", "S", "L", "BS", "NG", "LE", "CV", "DE", "BD", "HD", "HX", "WF", "DN",
                                 "HU", "YO", "HG", "DL", "TS", "NE", "SR", "DH", "CA", "LA", "PR", "BB", "BL", "OL", "SK",
                                 "WA", "WN", "CH", "CW", "ST", "TF", "WV", "WS", "DY", "WR", "HR", "GL", "OX", "RG", "SL",
                                 "HP", "MK", "NN", "PE", "CB", "IP", "NR", "CO", "CM", "SS", "RM", "IG", "E", "N", "NW",
                                 "W", "SW", "SE", "EC", "WC", "EN", "HA", "UB", "TW", "KT", "SM", "CR", "BR", "DA", "ME",
                                 "CT", "TN", "RH", "GU", "PO", "SO", "BH", "SP", "BA", "TA", "EX", "TQ", "PL", "TR", "DT",
                                 "SN", "LU", "AL", "SG", "WD", "BN", "LN", "FY"};

struct Batches {
  BatchInsert children, details, cases, events, plans, versions, meetings;
  explicit Batches(store::Connection& c)
      : children(c, "INSERT INTO children (id, la_code, given_name, family_name, date_of_birth, setting_urn, created_at) VALUES ", "", 7, {}, 500),
        details(c, "INSERT INTO child_detail_versions (child_id, version, upn, nhs_number, postcode, sex, ethnicity, first_language, "
                   "communication_needs, year_group, primary_need, secondary_need, changed_by, changed_at) VALUES ",
                "", 7, [](int f) {
                  auto n = [&](int k) { return "$" + std::to_string(f + k); };
                  return "(" + n(0) + ", 1, " + n(1) + ", '', " + n(2) + ", " + n(3) + ", " + n(4) + ", 'English', '', '', " + n(5) +
                         ", '', 'user-caseworker', " + n(6) + ")";
                }, 500),
        cases(c, "INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, caseworker_user_id, "
                 "opened_by, opened_at, closed_on) VALUES ", "", 6, [](int f) {
                   auto n = [&](int k) { return "$" + std::to_string(f + k); };
                   return "(" + n(0) + ", " + n(1) + ", " + n(2) + ", " + n(3) + ", 'parent', 1, '', NULL, 'user-caseworker', " + n(4) +
                          ", " + n(5) + ")";
                 }, 500),
        events(c, "INSERT INTO case_events (case_id, sequence, type, event_date, outcome, adviser, note, recorded_by, recorded_at) VALUES ",
               "", 6, [](int f) {
                 auto n = [&](int k) { return "$" + std::to_string(f + k); };
                 return "(" + n(0) + ", " + n(1) + ", " + n(2) + ", " + n(3) + ", " + n(4) + ", " + n(5) + ", '', 'user-caseworker', '2026-01-01T00:00:00Z')";
               }, 1000),
        plans(c, "INSERT INTO plans (id, child_id, la_code, case_id, created_at) VALUES ", "", 5, {}, 500),
        versions(c, "INSERT INTO plan_versions (plan_id, version, status, plan_date, document, issued_by, source, issued_at) VALUES ", "", 4,
                 [](int f) {
                   auto n = [&](int k) { return "$" + std::to_string(f + k); };
                   return "(" + n(0) + ", 1, 'final', " + n(1) + ", " + n(2) + ", 'user-caseworker', 'issued', " + n(3) + ")";
                 }, 500),
        meetings(c, "INSERT INTO review_meetings (case_id, plan_id, meeting_on, scheduled_by, cease_reason) VALUES ", "", 5, {}, 500) {}
  // Rows refer to rows in other batches: parents first.
  Result<void> flush() {
    for (auto* b : {&children, &details, &cases, &plans, &versions, &meetings, &events})
      if (auto ok = b->flush(); !ok) return ok;
    return {};
  }
};

class England {
 public:
  England(store::Connection& c, std::uint64_t seed, const ScaleShape& shape, Date today)
      : b_(c), r_{std::mt19937_64(seed)}, shape_(shape), today_(today), stamp_(calendar::format_date(today) + "T00:00:00Z") {}

  Result<void> child(int n, const std::string& la, int la_index, Date born) {
    const std::string id = "child-e-" + std::to_string(n);
    const std::string urn = std::to_string(500000 + la_index * shape_.schools_per_la + r_.below(shape_.schools_per_la));
    if (auto ok = b_.children.add({id, la, std::string("Child"), "E" + std::to_string(n), calendar::format_date(born), urn, stamp_}); !ok)
      return ok;
    const std::string postcode = std::string(areas[static_cast<std::size_t>(la_index) % std::size(areas)]) +
                                 std::to_string(1 + la_index / static_cast<int>(std::size(areas)) * 10 + r_.below(9)) + " " +
                                 std::to_string(r_.between(1, 9)) + "AB";
    return b_.details.add({id, std::string(), postcode, std::string(r_.below(100) < 72 ? "M" : "F"), std::string(pick(r_, ethnicity_mix)),
                           std::string(pick(r_, need_mix)), stamp_});
  }

  Result<void> event(const std::string& case_id, std::int64_t seq, const char* type, Date on, const char* outcome = "",
                     const char* adviser = "") {
    return b_.events.add({case_id, seq, std::string(type), calendar::format_date(on), std::string(outcome), std::string(adviser)});
  }

  // A request received on `received`: decided in 20 to 60 days (most within 6 weeks), a quarter
  // refused; assessed ones get education and health advice, then a draft and a final plan, on
  // time for `share_on_time` of plans. Events after today have not happened yet. The final
  // plan's date, when there is one.
  Result<std::optional<Date>> request(int n, const std::string& child_id, const std::string& la, Date received, bool recent) {
    const std::string id = "case-e-" + std::to_string(n);
    std::int64_t seq = 0;
    std::vector<std::tuple<const char*, Date, const char*, const char*>> e{{"request_received", received, "", ""}};
    const bool assess = !recent || r_.below(100) < 75;
    const Date decided = received + days(r_.below(10) < 8 ? r_.between(20, 42) : r_.between(43, 60));
    e.emplace_back("decision_to_assess", decided, assess ? "assess" : "not_assess", "");
    std::optional<Date> final_on;
    // Plans on time had their advice on time too, so the draft (from 90 days) follows it.
    const bool on_time = r_.below(1000) < shape_.on_time_per_1000;
    if (assess) {
      if (recent) {
        const Date asked = decided + days(2);
        e.emplace_back("advice_requested", asked, "", "education");
        e.emplace_back("advice_requested", asked, "", "health");
        e.emplace_back("advice_received", asked + days(r_.between(21, 42)), "", "education");
        e.emplace_back("advice_received", asked + days(on_time || r_.below(10) < 7 ? r_.between(21, 42) : r_.between(43, 70)), "", "health");
      }
      final_on = on_time ? received + days(r_.between(110, 140)) : received + days(r_.between(141, 300));
      Date draft = *final_on - days(r_.between(15, 20));
      for (const auto& x : e) draft = std::max(draft, std::get<1>(x) + days(1));  // after the advice
      if (*final_on < draft + days(15)) final_on = draft + days(15);
      e.emplace_back("draft_plan_issued", draft, "", "");
      e.emplace_back("final_plan_issued", *final_on, "", "");
    }
    std::sort(e.begin(), e.end(), [](const auto& a, const auto& b) { return std::get<1>(a) < std::get<1>(b); });
    Date last = received;
    for (const auto& [type, on, outcome, adviser] : e) {
      if (on > today_) break;
      last = on;
      if (auto ok = event(id, ++seq, type, on, outcome, adviser); !ok) return std::unexpected(ok.error());
    }
    if (final_on && *final_on > today_) final_on.reset();
    const bool closed = final_on || (!assess && decided <= today_);
    if (auto ok = b_.cases.add({id, child_id, la, std::string("ehc_needs_assessment"), stamp_,
                                closed ? store::Value(calendar::format_date(last)) : store::Value()});
        !ok)
      return std::unexpected(ok.error());
    return final_on;
  }

  // The plan, its final version, and its latest annual review when it is over a year old.
  Result<void> plan(int n, const std::string& child_id, const std::string& la, Date issued) {
    static const std::string document = plan::write_plan(plan::Plan{});
    const std::string plan_id = "plan-e-" + std::to_string(n), case_id = "case-e-" + std::to_string(n);
    if (auto ok = b_.plans.add({plan_id, child_id, la, case_id, stamp_}); !ok) return ok;
    if (auto ok = b_.versions.add({plan_id, calendar::format_date(issued), document, stamp_}); !ok) return ok;
    const int years = static_cast<int>((today_ - issued).count() / 365);
    if (years < 1) return {};
    const Date anchor = issued + days(365 * (years - 1));
    Date held = anchor + days(r_.between(330, r_.below(8) == 0 ? 400 : 365));
    if (held > today_) held = today_ - days(r_.between(0, 20));
    Date decided = held + days(r_.between(10, r_.below(6) == 0 ? 40 : 27));
    const std::string review = "review-e-" + std::to_string(n);
    const bool decided_yet = decided <= today_;
    if (auto ok = b_.cases.add({review, child_id, la, std::string("annual_review"), stamp_,
                                decided_yet ? store::Value(calendar::format_date(decided)) : store::Value()});
        !ok)
      return ok;
    if (auto ok = b_.meetings.add({review, plan_id, calendar::format_date(held), std::string("user-caseworker"), std::string()}); !ok) return ok;
    if (auto ok = event(review, 1, "plan_issued", anchor); !ok) return ok;
    if (auto ok = event(review, 2, "review_meeting_held", held); !ok) return ok;
    if (decided_yet)
      if (auto ok = event(review, 3, "review_decision", decided, "maintain"); !ok) return ok;
    return {};
  }

  Result<void> flush() { return b_.flush(); }
  Random& random() { return r_; }

 private:
  Batches b_;
  Random r_;
  const ScaleShape& shape_;
  Date today_;
  std::string stamp_;
};

}  // namespace

Result<void> load_scaled_demo(store::Database& db, std::uint64_t seed, const ScaleShape& shape) {
  if (auto ok = load_demo_data(db); !ok) return ok;
  const Date today = day_of(unix_now());
  const std::string stamp = calendar::format_date(today) + "T00:00:00Z";
  auto la_code = [&](int i) { return i == 0 ? std::string("816") : std::to_string(600 + i); };
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto done = c.query("SELECT 1 FROM cases WHERE id = 'case-e-0'");
    if (!done) return std::unexpected(done.error());
    if (!done->empty()) return fail(ErrorCode::invalid_input, "this database already holds a scaled demo: use a fresh one");
    for (int i = 1; i < shape.authorities; ++i) {
      const store::Value p[] = {la_code(i), "Synthetic authority " + std::to_string(i), stamp};
      if (auto n = c.execute("INSERT INTO local_authorities (code, name, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", p); !n)
        return std::unexpected(n.error());
    }
    BatchInsert schools(c, "INSERT INTO organisations (id, kind, name, la_code, urn, created_at, setting_type) VALUES ", " ON CONFLICT (id) DO NOTHING", 7);
    for (int i = 0; i < shape.authorities; ++i)
      for (int s = 0; s < shape.schools_per_la; ++s) {
        const int n = i * shape.schools_per_la + s;
        if (auto ok = schools.add({"org-e-school-" + std::to_string(n), std::string("school"), "Synthetic School " + std::to_string(n),
                                   la_code(i), std::to_string(500000 + n), stamp, std::string(setting_types[n % std::size(setting_types)])});
            !ok)
          return ok;
      }
    return schools.flush();
  });
  if (!ok) return ok;
  // Requests over the last three years, then the plans issued before them; a transaction each
  // 20,000 children keeps the SQLite journal and PostgreSQL's memory small.
  const int recent = shape.requests_per_year * 3;
  const int older_plans = std::max(0, shape.plans - recent * 62 / 100);  // about 62% of recent requests end in a plan
  const int total = recent + older_plans;
  Random placement{std::mt19937_64(seed ^ 0x5eed)};
  for (int from = 0; from < total; from += 20000) {
    auto chunk = db.write([&](store::Connection& c) -> Result<void> {
      England e(c, seed + static_cast<std::uint64_t>(from), shape, today);
      for (int n = from; n < std::min(total, from + 20000); ++n) {
        const int la_index = placement.below(shape.authorities);
        const std::string la = la_code(la_index), child_id = "child-e-" + std::to_string(n);
        const bool is_recent = n < recent;
        const Date received = is_recent ? today - days(e.random().below(3 * 365))
                                        : today - days(3 * 365 + 160 + e.random().below(9 * 365));
        const Date born = calendar::add_months(received, -(e.random().between(2, 19) * 12 + e.random().below(12)));
        if (auto ok = e.child(n, la, la_index, born); !ok) return ok;
        auto issued = e.request(n, child_id, la, received, is_recent);
        if (!issued) return std::unexpected(issued.error());
        if (*issued)
          if (auto ok = e.plan(n, child_id, la, **issued); !ok) return ok;
        // Every batch together, parents first, before any fills (a child writes at most 12 events).
        if (n % 40 == 39)
          if (auto ok = e.flush(); !ok) return ok;
      }
      return e.flush();
    });
    if (!chunk) return chunk;
  }
  return {};
}

ScaleShape england_shape() { return {153, 640000, 155000, 460, 20}; }

}  // namespace sendhub::app
