// `sendhub demo --scale york`: a made-up area the size of York (about 2,000 children with plans
// and 350 requests a year), reproducible from a seed, for benchmarks and for trying SENDhub at
// a realistic size. Every event still passes the statutory engine's checks. Each child has
// recorded details (needs in the national mix, sex, ethnicity, a York postcode, a UPN for most),
// each issued plan its plan record, reviews held since with a few plans ceased, a few permitted
// exceptions and a few disagreements, so the KPIs and the SEN2 return have the whole picture.
#include <random>

#include "app/casework/cases.h"
#include "app/clock.h"
#include "app/demo_data.h"
#include "app/demo_random.h"
#include "app/identity/sessions.h"
#include "domain/disagreement/appealable.h"
#include "domain/identifiers/identifiers.h"
#include "domain/plan/plan_json.h"

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

using demo::Random;
using demo::pick;
using demo::need_mix;

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

constexpr demo::Mix ethnicity_mix[] = {{"WBRI", 820}, {"WOTH", 40}, {"MWAS", 20}, {"MOTH", 20}, {"AIND", 15},
                                        {"APKN", 10}, {"ABAN", 10}, {"CHNE", 10}, {"BAFR", 15}, {"WROM", 10},
                                        {"OOTH", 10}, {"NOBT", 20}};
constexpr const char* districts[] = {"YO1", "YO10", "YO23", "YO24", "YO26", "YO30", "YO31", "YO32", "YO41", "YO19"};
constexpr const char* setting_types[] = {"mainstream", "mainstream", "mainstream", "resourced_provision", "special", "post16"};

Result<void> store_details(store::Connection& c, Random& r, const std::string& child_id, int n, const std::string& stamp) {
  std::string upn;
  if (r.below(30) != 0) {  // about 1 in 30 without one, for the SEN2 pre-submission report to find
    // LA, school, year of entry and a serial: 3 + 4 + 2 + 3 digits, after the check letter.
    const std::string digits = "816" + std::to_string(2000 + r.below(100)) + std::to_string(r.between(10, 25)) +
                               std::to_string(100 + n % 900);
    upn = std::string(1, identifiers::upn_check_letter(digits)) + digits;
  }
  const std::string postcode = std::string(districts[r.below(10)]) + " " + std::to_string(r.between(1, 9)) +
                               static_cast<char>('A' + r.below(26)) + static_cast<char>('A' + r.below(26));
  const store::Value p[] = {child_id, upn, postcode, std::string(r.below(100) < 72 ? "M" : "F"), std::string(pick(r, ethnicity_mix)),
                            std::string(pick(r, need_mix)), stamp};
  auto n_rows = c.execute("INSERT INTO child_detail_versions (child_id, version, upn, nhs_number, postcode, sex, ethnicity, first_language, "
                          "communication_needs, year_group, primary_need, secondary_need, changed_by, changed_at) "
                          "VALUES ($1, 1, $2, '', $3, $4, $5, 'English', '', '', $6, '', 'user-caseworker', $7)", p);
  if (!n_rows) return std::unexpected(n_rows.error());
  return {};
}

// Who was asked for advice (the demo health professional, educational psychologist and social
// worker), so advice timeliness can be shown by organisation; and for a few assessments that
// ran long, a permitted exception (the family was away for a month).
Result<void> store_asked(store::Connection& c, Random& r, const std::string& case_id, const std::string& child_id,
                         const std::vector<Event>& events, const std::string& stamp) {
  bool asked = false;
  for (const auto& e : events) asked = asked || e.type == EventType::advice_requested;
  if (!asked) return {};
  for (const char* user : {"user-health", "user-ep", "user-social"}) {
    const store::Value p[] = {std::string(user), child_id, case_id};
    if (auto n = c.execute("INSERT INTO involvements (user_id, child_id, case_id, until) VALUES ($1, $2, $3, '2099-12-31')", p); !n)
      return std::unexpected(n.error());
  }
  const Event& last = events.back();
  if (last.type == EventType::final_plan_issued && last.date - events.front().date > days(140) && r.below(4) == 0) {
    const calendar::Date away = events.front().date + days(r.between(30, 90));
    const store::Value p[] = {case_id, calendar::format_date(away), calendar::format_date(away + days(r.between(28, 42))), stamp};
    if (auto n = c.execute("INSERT INTO case_exceptions (case_id, position, type, from_date, to_date, note, recorded_by, recorded_at) "
                           "VALUES ($1, 1, 'absence_from_area', $2, $3, 'Made-up: the family were abroad.', 'user-caseworker', $4)", p); !n)
      return std::unexpected(n.error());
  }
  return {};
}

// A plan with an outcome for preparing for adulthood, as most plans for young people of 14 and
// over have, and one without.
const std::string& plan_document(bool prepares_for_adulthood) {
  static const std::string plain = plan::write_plan(plan::Plan{});
  static const std::string adult = [] {
    plan::Plan p;
    plan::Outcome o;
    o.id = "outcome-1";
    o.text = "By the end of Year 11, travels to college on the bus on their own, with a travel buddy at first.";
    o.york_outcome = "I am becoming independent";
    o.pfa_area = "independent_living";
    p.outcomes.push_back(o);
    return plan::write_plan(p);
  }();
  return prepares_for_adulthood ? adult : plain;
}

// The first review after a move between phases amends the plan to name the new school; the
// family asked for one in their reply, and most get it (York's figure is 94%).
Result<void> store_amendment(store::Connection& c, CaseRecord& record, calendar::Date decided,
                             calendar::Date today, std::int64_t now, int n) {
  const calendar::Date proposals = decided + days(2), amended = proposals + days(20 + n % 25);
  if (amended > today) return {};
  for (const Event& e : {Event{EventType::proposed_amendments_sent, proposals}, Event{EventType::amended_plan_issued, amended}}) {
    if (auto added = append_case_event(c, record, e, "", "user-caseworker", now); !added)
      return fail(ErrorCode::internal, "york-scale amendment " + record.id + ": " + added.error().message);
    record.events.push_back({static_cast<std::int64_t>(record.events.size() + 1), e});
  }
  const std::string wanted = "York-scale School " + std::to_string(1 + n % 40);
  const std::string named = (n / 6) % 16 == 3 ? "York-scale School " + std::to_string(1 + (n + 7) % 40) : wanted;
  const store::Value reply[] = {"reply-" + record.id, record.id, calendar::format_date(proposals + days(5)) + "T10:00:00Z", wanted};
  if (auto k = c.execute("INSERT INTO family_responses (id, case_id, author_user_id, submitted_at, comments, school_preference, no_comments) "
                         "VALUES ($1, $2, 'user-parent', $3, 'Made-up reply.', $4, 0)", reply); !k)
    return std::unexpected(k.error());
  const store::Value p[] = {named, calendar::format_date(amended), record.id};
  if (auto k = c.execute("UPDATE cases SET named_setting = $1, closed_on = $2 WHERE id = $3", p); !k) return std::unexpected(k.error());
  return {};
}

// The plan record for an issued plan, then a review case for each year since (the last two in
// a hundred ceasing the plan), each event through the statutory engine. n: the child's number.
Result<void> store_plan_and_reviews(store::Connection& c, Random& r, const std::string& case_id, const std::string& child_id,
                                    calendar::Date issued, calendar::Date today, std::int64_t now, int n, bool adult) {
  const std::string plan_id = "plan-" + case_id, stamp = utc_timestamp_of(now);
  const std::string& document = plan_document(adult && n % 14 != 0);  // about 93% of plans for those 14 and over
  const store::Value plan[] = {plan_id, child_id, case_id, stamp};
  if (auto n = c.execute("INSERT INTO plans (id, child_id, la_code, case_id, created_at) VALUES ($1, $2, '816', $3, $4)", plan); !n)
    return std::unexpected(n.error());
  const store::Value version[] = {plan_id, calendar::format_date(issued), document, stamp};
  if (auto n = c.execute("INSERT INTO plan_versions (plan_id, version, status, plan_date, document, issued_by, source, issued_at) "
                         "VALUES ($1, 1, 'final', $2, $3, 'user-caseworker', 'issued', $4)", version); !n)
    return std::unexpected(n.error());
  calendar::Date anchor = issued;
  for (int year = 0;; ++year) {
    const calendar::Date held = anchor + days(r.between(330, r.below(8) == 0 ? 400 : 365));
    const calendar::Date decided = held + days(r.between(10, r.below(6) == 0 ? 40 : 27));
    if (decided > today) return {};
    const std::string review_id = "review-" + case_id.substr(5) + "-" + std::to_string(year);  // "review-york-00001-0"
    const bool cease = r.below(100) < 2;
    const store::Value k[] = {review_id, child_id, stamp, calendar::format_date(decided)};
    if (auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, caseworker_user_id, "
                           "opened_by, opened_at, closed_on) VALUES ($1, $2, '816', 'annual_review', 'school', 1, '', 'user-caseworker', "
                           "'user-caseworker', $3, $4)", k); !n)
      return std::unexpected(n.error());
    const store::Value m[] = {review_id, plan_id, calendar::format_date(held), std::string(cease ? "4" : "")};
    if (auto n = c.execute("INSERT INTO review_meetings (case_id, plan_id, meeting_on, scheduled_by, cease_reason) "
                           "VALUES ($1, $2, $3, 'user-caseworker', $4)", m); !n)
      return std::unexpected(n.error());
    CaseRecord record;
    record.id = review_id;
    record.process = statutory::Process::annual_review;
    const bool moves = !cease && year == 1 && n % 6 == 2;  // about one plan in six names a new school at its second review
    for (const Event& e : {Event{EventType::plan_issued, anchor}, Event{EventType::review_meeting_held, held},
                           Event{EventType::review_decision, decided, cease ? Outcome::cease : moves ? Outcome::amend : Outcome::maintain}}) {
      if (auto added = append_case_event(c, record, e, "", "user-caseworker", now); !added)
        return fail(ErrorCode::internal, "york-scale review " + review_id + ": " + added.error().message);
      record.events.push_back({static_cast<std::int64_t>(record.events.size() + 1), e});
    }
    if (moves)
      if (auto ok = store_amendment(c, record, decided, today, now, n); !ok) return ok;
    if (cease) return {};
    anchor = held;
  }
}

// Now and then a complaint, most about communication, received some weeks after the request
// and answered for all but the newest. Chosen from the child's number, not the random stream,
// so the rest of the area stays as it was.
Result<void> store_complaint(store::Connection& c, int j, const std::string& case_id, const std::string& child_id,
                             calendar::Date request, calendar::Date today, const std::string& stamp) {
  static constexpr const char* topics[] = {"communication", "communication", "delay", "communication", "provision"};
  const calendar::Date received = std::min(today, request + std::chrono::days(14 + j % 120));
  const bool answered = received + std::chrono::days(20) <= today;
  const store::Value row[] = {"complaint-york-" + case_id.substr(10), child_id, case_id, std::string(topics[j % 5]),
                              calendar::format_date(received), std::string("Synthetic complaint for the demonstration area."),
                              stamp, answered ? std::string(j % 3 ? "partly_upheld" : "upheld") : std::string(),
                              answered ? calendar::format_date(received + std::chrono::days(10 + j % 15)) : std::string()};
  auto n = c.execute("INSERT INTO complaints (id, child_id, la_code, case_id, topic, made_by, received_on, summary, recorded_by, "
                     "recorded_at, outcome, responded_on) VALUES ($1, $2, '816', $3, $4, 'parent', $5, $6, 'user-caseworker', $7, "
                     "$8, $9) ON CONFLICT (id) DO NOTHING", row);
  if (!n) return std::unexpected(n.error());
  return {};
}

// A disagreement after a decision: mediation, and for some an appeal.
Result<void> store_disagreement(store::Connection& c, Random& r, const std::string& case_id, const std::string& child_id,
                                const std::vector<Event>& about, calendar::Date decided, calendar::Date today, std::int64_t now) {
  const std::string id = "disagreement-" + case_id.substr(5);
  const store::Value k[] = {id, child_id, utc_timestamp_of(now)};
  if (auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, caseworker_user_id, "
                         "opened_by, opened_at) VALUES ($1, $2, '816', 'disagreement', 'parent', 1, '', 'user-caseworker', "
                         "'user-caseworker', $3)", k); !n)
    return std::unexpected(n.error());
  // Which appealable decision it is about, for the disagreement's page (disagreements, 0024).
  for (const auto& a : disagreement::appealable_decisions({statutory::Process::ehc_needs_assessment, about, {}}))
    if (a.date == decided) {
      const store::Value row[] = {id, case_id, std::string(disagreement::to_string(a.kind))};
      if (auto m = c.execute("INSERT INTO disagreements (case_id, about_case_id, about) VALUES ($1, $2, $3)", row); !m)
        return std::unexpected(m.error());
      break;
    }
  CaseRecord record;
  record.id = id;
  record.process = statutory::Process::disagreement;
  const calendar::Date asked = decided + days(r.between(5, 25)), ended = asked + days(r.between(20, 30));
  std::vector<Event> events{{EventType::decision_notice_sent, decided}, {EventType::mediation_requested, asked},
                            {EventType::mediation_concluded, ended}, {EventType::certificate_issued, ended + days(2)}};
  if (r.below(3) == 0) events.push_back({EventType::appeal_registered, ended + days(r.between(10, 40))});
  for (const auto& e : events) {
    if (e.date > today) break;
    if (auto added = append_case_event(c, record, e, "", "user-caseworker", now); !added)
      return fail(ErrorCode::internal, "york-scale disagreement " + id + ": " + added.error().message);
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
                                "York-scale School " + std::to_string(s), std::string("816"), urn, stamp,
                                std::string(setting_types[s % std::size(setting_types)])};
      auto n = c.execute("INSERT INTO organisations (id, kind, name, la_code, urn, created_at, setting_type) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING", p);
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
        if (auto ok = store_details(c, r, child_id, j, stamp); !ok) return ok;
        if (auto ok = store_asked(c, r, case_id, child_id, events, stamp); !ok) return ok;
        if (events.back().type == EventType::final_plan_issued)
          if (auto ok = store_plan_and_reviews(c, r, case_id, child_id, events.back().date, today, now, j,
                                               dob <= calendar::add_months(today, -14 * 12));
              !ok)
            return ok;
        if (j % 37 == 5)
          if (auto ok = store_complaint(c, j, case_id, child_id, request, today, stamp); !ok) return ok;
        if (r.below(40) == 0)  // a few families disagree with a decision
          if (auto ok = store_disagreement(c, r, case_id, child_id, events, events.back().date, today, now); !ok) return ok;
      }
      return {};
    });
    if (!batch) return batch;
  }
  // The small demo's children get recorded details too, so the whole area is as complete as a
  // council's records should be (the small demo alone leaves them for people to fill in).
  return db.write([&](store::Connection& c) -> Result<void> {
    auto missing = c.query("SELECT c.id FROM children c WHERE c.la_code = '816' AND NOT EXISTS "
                           "(SELECT 1 FROM child_detail_versions d WHERE d.child_id = c.id) ORDER BY c.id");
    if (!missing) return std::unexpected(missing.error());
    int n = total;
    for (const auto& row : *missing)
      if (auto ok = store_details(c, r, row.get_text(0), ++n, stamp); !ok) return ok;
    return {};
  });
}

}  // namespace sendhub::app
