// Demo cases, so that every demo account has something real to do: Alex's assessment is at the
// advice stage, and a few dozen made-up children have requests at every stage, some late. Dates
// are counted back from the day the demo data is first loaded; each event goes through the same
// checks as a real one (append_case_event), so the demo can never hold an impossible history.
#include <array>

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/demo_data.h"
#include "app/identity/sessions.h"
#include "app/plan/demo_plans.h"
#include "domain/review/review_planning.h"

namespace sendhub::app {
namespace {

using statutory::Adviser;
using statutory::Event;
using statutory::EventType;
using statutory::Outcome;

constexpr std::array given{"Ava", "Ben", "Cara", "Dev", "Ellis", "Farah", "Gus", "Hana", "Isaac", "Jade", "Kit", "Lena",
                           "Milo", "Nia", "Otis", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vida", "Wren", "Yusuf"};
constexpr std::array family{"Appleby", "Bishop", "Clifton", "Dringhouses", "Fulford", "Heworth", "Huntington",
                            "Osbaldwick", "Poppleton", "Rawcliffe", "Strensall", "Tang"};

struct DemoCase {
  std::string id, child_id, given_name, family_name, dob, urn;
  std::vector<Event> events;
  std::string school = "Demo Secondary School";  // named in the plan
  std::string parent_user_id;                    // a demo parent account linked to the child
};

Event on(EventType type, calendar::Date date, Outcome outcome = Outcome::none, Adviser adviser = Adviser::none) {
  return {type, date, outcome, adviser};
}

// Stage s of six, requested `weeks` ago.
std::vector<Event> events_for(int stage, calendar::Date today, int weeks) {
  const calendar::Date request = today - std::chrono::days(7 * weeks);
  std::vector<Event> e{on(EventType::request_received, request)};
  if (stage == 0) return e;  // waiting for the decision; late when requested over 6 weeks ago
  const calendar::Date decided = request + std::chrono::days(35);
  if (stage == 1) {
    e.push_back(on(EventType::decision_to_assess, decided, Outcome::not_assess));
    return e;
  }
  e.push_back(on(EventType::decision_to_assess, decided, Outcome::assess));
  const calendar::Date asked = decided + std::chrono::days(2);
  for (auto a : {Adviser::education, Adviser::health, Adviser::psychology}) e.push_back(on(EventType::advice_requested, asked, Outcome::none, a));
  if (stage == 2) return e;  // advice stage: some advice late
  for (auto a : {Adviser::education, Adviser::health, Adviser::psychology})
    e.push_back(on(EventType::advice_received, asked + std::chrono::days(30), Outcome::none, a));
  const calendar::Date draft = asked + std::chrono::days(60);
  e.push_back(on(EventType::draft_plan_issued, draft));
  if (stage == 3) return e;
  e.push_back(on(EventType::final_plan_issued, draft + std::chrono::days(stage == 4 ? 20 : 40)));
  return e;
}

// An assessment that ended with a final plan on `issued`, on time.
std::vector<Event> events_issued_on(calendar::Date issued) {
  const calendar::Date request = issued - std::chrono::days(130);
  const calendar::Date asked = request + std::chrono::days(37);
  std::vector<Event> e{on(EventType::request_received, request), on(EventType::decision_to_assess, request + std::chrono::days(35), Outcome::assess)};
  for (auto a : {Adviser::education, Adviser::health, Adviser::psychology}) e.push_back(on(EventType::advice_requested, asked, Outcome::none, a));
  for (auto a : {Adviser::education, Adviser::health, Adviser::psychology})
    e.push_back(on(EventType::advice_received, asked + std::chrono::days(30), Outcome::none, a));
  e.push_back(on(EventType::draft_plan_issued, asked + std::chrono::days(60)));
  e.push_back(on(EventType::final_plan_issued, issued));
  return e;
}

std::vector<DemoCase> demo_cases(calendar::Date today) {
  std::vector<DemoCase> out;
  // Plans near their annual review (demo_reviews.cpp arranges some). Jordan, at the demo SENCO's
  // school and the demo parent's child, is in Year 6 and moves to secondary school next September.
  const int year = review::academic_year_of(today);
  auto born = [&](int years_before, int month, int day) {
    return calendar::format_date(std::chrono::sys_days{std::chrono::year{year - years_before} / month / day});
  };
  out.push_back({"case-demo-jordan-1", "child-demo-jordan", "Jordan", "Review", born(11, 11, 20), "100001",
                 events_issued_on(today - std::chrono::days(330)), "Demo Primary School", "user-parent"});
  out.push_back({"case-demo-morgan-1", "child-demo-morgan", "Morgan", "Heslington", born(9, 3, 2), "100001",
                 events_issued_on(today - std::chrono::days(345)), "Demo Primary School"});
  out.push_back({"case-demo-casey-1", "child-demo-casey", "Casey", "Acomb", born(15, 3, 1), "100003",
                 events_issued_on(today - std::chrono::days(360)), "Demo Secondary School"});
  out.push_back({"case-demo-riley-1", "child-demo-riley", "Riley", "Holgate", born(4, 1, 15), "100004",
                 events_issued_on(today - std::chrono::days(400)), "Demo Infant School"});
  // Alex: assessment under way; the demo health, EP and social care accounts were asked for advice.
  const calendar::Date alex_request = today - std::chrono::days(70);
  const calendar::Date alex_decided = alex_request + std::chrono::days(30);
  const calendar::Date alex_asked = alex_decided + std::chrono::days(1);
  out.push_back({"case-demo-alex-1", "child-demo-alex", "", "", "", "",
                 {on(EventType::request_received, alex_request),
                  on(EventType::decision_to_assess, alex_decided, Outcome::assess),
                  on(EventType::advice_requested, alex_asked, Outcome::none, Adviser::health),
                  on(EventType::advice_requested, alex_asked, Outcome::none, Adviser::psychology),
                  on(EventType::advice_requested, alex_asked, Outcome::none, Adviser::social_care),
                  on(EventType::advice_received, alex_asked + std::chrono::days(20), Outcome::none, Adviser::health)}});
  // Made-up children at every stage (stage 4 and 5: plans issued on time and late).
  for (int i = 0; i < 36; ++i) {
    const int stage = i % 6;
    const int weeks = stage == 0 ? 2 + i % 7 : stage == 1 ? 8 : stage == 2 ? 9 + i % 4 : stage == 3 ? 16 : stage == 4 ? 19 : 23;
    char id[32];
    std::snprintf(id, sizeof id, "%03d", i + 1);
    const int age = 4 + (i * 5) % 13;
    const auto dob = calendar::add_months(today, -(age * 12 + i % 12));
    out.push_back({std::string("case-demo-") + id, std::string("child-demo-") + id, given[i % given.size()],
                   family[(i * 5 + i / 12) % family.size()], calendar::format_date(dob), i % 2 ? "100003" : "100004",
                   events_for(stage, today, weeks)});
  }
  return out;
}

}  // namespace

Result<void> load_demo_cases(store::Database& db) {
  const std::int64_t now = unix_now();
  const calendar::Date today = day_of(now);
  const std::string stamp = utc_timestamp_of(now);
  for (const auto& k : demo_cases(today)) {
    auto ok = db.write([&](store::Connection& c) -> Result<void> {
      const store::Value exists_p[] = {k.id};
      auto exists = c.query("SELECT 1 FROM cases WHERE id = $1", exists_p);
      if (!exists) return std::unexpected(exists.error());
      if (!exists->empty()) return {};  // loaded before: keep its history as it is
      if (!k.given_name.empty()) {
        const store::Value child[] = {k.child_id, "816", k.given_name, k.family_name, k.dob, k.urn, stamp};
        auto n = c.execute("INSERT INTO children (id, la_code, given_name, family_name, date_of_birth, setting_urn, created_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING", child);
        if (!n) return std::unexpected(n.error());
        if (!k.parent_user_id.empty()) {
          const store::Value link[] = {k.parent_user_id, k.child_id, std::string("parent_carer")};
          auto l = c.execute("INSERT INTO family_links (user_id, child_id, relationship) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", link);
          if (!l) return std::unexpected(l.error());
        }
      }
      const bool held = k.events.size() > 1;
      const store::Value p[] = {k.id, k.child_id, std::string("816"), std::string("ehc_needs_assessment"), std::string("parent"),
                                std::int64_t{1}, std::string("Made-up demo request."),
                                held ? store::Value(std::string("user-caseworker")) : store::Value(),
                                std::string("user-caseworker"), stamp};
      auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, "
                         "caseworker_user_id, opened_by, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", p);
      if (!n) return std::unexpected(n.error());
      for (const auto& e : k.events) {
        auto record = load_case(c, k.id);
        if (!record) return std::unexpected(record.error());
        if (auto added = append_case_event(c, **record, e, "", "user-caseworker", now); !added)
          return fail(ErrorCode::internal, "demo case " + k.id + ": " + added.error().message);
      }
      std::optional<calendar::Date> drafted, issued;
      for (const auto& e : k.events) {
        if (e.type == statutory::EventType::draft_plan_issued) drafted = e.date;
        if (e.type == statutory::EventType::final_plan_issued) issued = e.date;
      }
      if (issued) {
        // An issued plan closes the assessment, as issue_final_plan does.
        const store::Value close[] = {k.school, calendar::format_date(*issued), k.id};
        auto closed = c.execute("UPDATE cases SET named_setting = $1, closed_on = $2 WHERE id = $3", close);
        if (!closed) return std::unexpected(closed.error());
      }
      if (drafted) {
        auto record = load_case(c, k.id);
        if (!record) return std::unexpected(record.error());
        int variant = 0;
        for (char ch : k.id) variant += ch;
        if (auto ok = write_demo_plan(c, **record, *drafted, issued, k.school, variant, now); !ok) return ok;
      }
      return {};
    });
    if (!ok) return ok;
  }
  return {};
}

}  // namespace sendhub::app
