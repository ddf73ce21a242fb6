// `sendhub demo --scale york`: a made-up area the size of York (about 2,000 children with plans
// and 350 requests a year), reproducible from a seed, for benchmarks and for trying SENDhub at
// a realistic size. Every event still passes the statutory engine's checks.
#include <random>

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/demo_data.h"
#include "app/identity/sessions.h"

namespace sendhub::app {
namespace {

using statutory::Adviser;
using statutory::Event;
using statutory::EventType;
using statutory::Outcome;
using std::chrono::days;

constexpr const char* given[] = {"Ava", "Ben", "Cara", "Dev", "Ellis", "Farah", "Gus", "Hana", "Isaac", "Jade",
                                 "Kit", "Lena", "Milo", "Nia", "Otis", "Priya", "Quinn", "Rosa", "Sami", "Tess",
                                 "Umar", "Vida", "Wren", "Yusuf", "Zara", "Alfie", "Bea", "Cal", "Dina", "Ezra",
                                 "Fern", "Gil", "Hugo", "Ines", "Jonah", "Kara", "Leo", "Maya", "Noor", "Ollie"};
constexpr const char* family[] = {"Acomb", "Bishopthorpe", "Clifton", "Dunnington", "Elvington", "Fulford",
                                  "Haxby", "Heslington", "Holgate", "Huntington", "Knapton", "Murton",
                                  "Naburn", "Osbaldwick", "Poppleton", "Rawcliffe", "Skelton", "Strensall",
                                  "Tockwith", "Wigginton", "Askham", "Bootham", "Copmanthorpe", "Deighton",
                                  "Earswick", "Fishergate", "Grimston", "Heworth", "Kexby", "Layerthorpe",
                                  "Micklegate", "Nether", "Ouse", "Rufforth", "Stockton", "Towthorpe",
                                  "Upper", "Walmgate", "Wheldrake", "Yearsley"};

struct Random {
  std::mt19937_64 engine;
  // Raw engine output (not a standard distribution), so the same seed gives the same area everywhere.
  int below(int n) { return static_cast<int>(engine() % static_cast<std::uint64_t>(n)); }
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
};

// One case's events, dated from its request; events after `today` are left out (not yet happened).
std::vector<Event> history(Random& r, calendar::Date request, calendar::Date today, bool will_assess) {
  std::vector<Event> e{{EventType::request_received, request}};
  auto add = [&](EventType t, calendar::Date d, Outcome o = Outcome::none, Adviser a = Adviser::none) {
    if (d <= today) e.push_back({t, d, o, a});
    return d <= today;
  };
  // Most decisions in time, some late (York's own figures show a spread).
  const calendar::Date decided = request + days(r.between(20, r.below(10) == 0 ? 60 : 42));
  if (!add(EventType::decision_to_assess, decided, will_assess ? Outcome::assess : Outcome::not_assess) || !will_assess) return e;
  const calendar::Date asked = decided + days(r.between(1, 5));
  calendar::Date last_advice = asked;
  for (auto a : {Adviser::education, Adviser::health, Adviser::psychology}) {
    if (!add(EventType::advice_requested, asked, Outcome::none, a)) return e;
  }
  for (auto a : {Adviser::education, Adviser::health, Adviser::psychology}) {
    const calendar::Date back = asked + days(r.between(21, r.below(6) == 0 ? 70 : 42));
    if (add(EventType::advice_received, back, Outcome::none, a) && back > last_advice) last_advice = back;
  }
  const calendar::Date draft = last_advice + days(r.between(7, 28));
  if (!add(EventType::draft_plan_issued, draft)) return e;
  add(EventType::final_plan_issued, draft + days(r.between(15, 35)));
  return e;
}

Result<void> store_case(store::Connection& c, const std::string& case_id, const std::string& child_id,
                        const std::vector<Event>& events, std::int64_t now) {
  const std::string stamp = utc_timestamp_of(now);
  const bool finished = events.back().type == EventType::final_plan_issued ||
                        (events.back().type == EventType::decision_to_assess && events.back().outcome == Outcome::not_assess &&
                         events.back().date + days(60) < day_of(now));
  const store::Value p[] = {case_id, child_id, std::string("816"), std::string("ehc_needs_assessment"), std::string("parent"),
                            std::int64_t{1}, std::string("Made-up request."), std::string("user-caseworker"),
                            std::string("user-caseworker"), stamp,
                            finished ? store::Value(calendar::format_date(events.back().date)) : store::Value()};
  auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, "
                     "caseworker_user_id, opened_by, opened_at, closed_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)", p);
  if (!n) return std::unexpected(n.error());
  CaseRecord record;
  record.id = case_id;
  for (const auto& e : events) {
    if (auto added = append_case_event(c, record, e, "", "user-caseworker", now); !added)
      return fail(ErrorCode::internal, "york-scale case " + case_id + ": " + added.error().message);
    record.events.push_back({static_cast<std::int64_t>(record.events.size() + 1), e});
  }
  return {};
}

}  // namespace

Result<void> load_york_scale_demo(store::Database& db, std::uint64_t seed) {
  if (auto ok = load_demo_data(db); !ok) return ok;
  Random r{std::mt19937_64(seed)};
  const std::int64_t now = unix_now();
  const calendar::Date today = day_of(now);
  const std::string stamp = utc_timestamp_of(now);
  constexpr int schools = 40, plans = 2000, requests_per_year = 350;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    for (int s = 1; s <= schools; ++s) {
      const std::string urn = std::to_string(200000 + s);
      const store::Value p[] = {"org-york-school-" + std::to_string(s), std::string("school"),
                                "York-scale School " + std::to_string(s), std::string("816"), urn, stamp};
      auto n = c.execute("INSERT INTO organisations (id, kind, name, la_code, urn, created_at) VALUES ($1, $2, $3, $4, $5, $6) "
                         "ON CONFLICT (id) DO NOTHING", p);
      if (!n) return std::unexpected(n.error());
    }
    return {};
  });
  if (!ok) return ok;
  // Children with plans issued over the last six years, then a year and a half of requests.
  const int total = plans + requests_per_year * 3 / 2;
  for (int i = 0; i < total; i += 100) {
    auto batch = db.write([&](store::Connection& c) -> Result<void> {
      for (int j = i; j < std::min(total, i + 100); ++j) {
        char id[16];
        std::snprintf(id, sizeof id, "%05d", j + 1);
        const std::string child_id = std::string("child-york-") + id, case_id = std::string("case-york-") + id;
        const store::Value exists_p[] = {case_id};
        auto exists = c.query("SELECT 1 FROM cases WHERE id = $1", exists_p);
        if (!exists) return std::unexpected(exists.error());
        if (!exists->empty()) continue;
        const bool has_plan = j < plans;
        const calendar::Date request =
            has_plan ? today - days(r.between(230, 6 * 365)) : today - days(r.between(0, 547));
        const int age = r.between(2, 19);
        const calendar::Date dob = calendar::add_months(request, -(age * 12 + r.below(12)));
        const std::string name_given = given[r.below(40)], name_family = family[r.below(40)];
        const std::string middle(1, static_cast<char>('A' + r.below(26)));
        const store::Value child[] = {child_id, std::string("816"), name_given + " " + middle + ".", name_family,
                                      calendar::format_date(dob), std::to_string(200001 + r.below(schools)), stamp};
        auto n = c.execute("INSERT INTO children (id, la_code, given_name, family_name, date_of_birth, setting_urn, created_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING", child);
        if (!n) return std::unexpected(n.error());
        const bool will_assess = has_plan || r.below(4) != 0;  // about a quarter of requests are refused
        auto events = history(r, request, today, will_assess);
        if (has_plan && events.back().type != EventType::final_plan_issued)
          events = history(r, today - days(400), today, true);  // a plan needs its whole history
        if (auto stored = store_case(c, case_id, child_id, events, now); !stored) return stored;
      }
      return {};
    });
    if (!batch) return batch;
  }
  return {};
}

}  // namespace sendhub::app
