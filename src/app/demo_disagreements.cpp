// Demo disagreements, recorded through the same use cases as the SEN team's pages: a family who
// asked for mediation after a refusal to assess (the council must hold it within 30 days), an
// appeal registered after another refusal (the council's response is due), and Riley's appeal
// about the plan, where the tribunal ordered changes that the council must make within 5 weeks.
#include "app/clock.h"
#include "app/demo_data.h"
#include "app/disagreement/disagreement_steps.h"
#include "app/disagreement/open_disagreement.h"
#include "domain/disagreement/appealable.h"

namespace sendhub::app {
namespace {

struct Step {
  std::string step;
  int days_after_notice;
  std::string choice, order;
};

struct DemoDisagreement {
  std::string about_case_id;
  disagreement::DecisionKind kind;
  std::vector<Step> steps;
};

}  // namespace

Result<void> load_demo_disagreements(store::Database& db) {
  const access::Actor caseworker{"user-caseworker", access::Role::sen_caseworker, {"816"}, "", {}, "", {}};
  RequestContext ctx{"demo", "demo-disagreements", "sendhub demo", unix_now(), ""};
  const DemoDisagreement all[] = {
      {"case-demo-002", disagreement::DecisionKind::refusal_to_assess, {{"mediation", 7, "requested", ""}}},
      {"case-demo-008", disagreement::DecisionKind::refusal_to_assess,
       {{"mediation", 3, "declined", ""}, {"certificate", 5, "", ""}, {"appeal", 11, "", ""}}},
      {"case-demo-riley-1", disagreement::DecisionKind::plan_contents,
       {{"mediation", 20, "requested", ""}, {"mediation_held", 45, "not_agreed", ""}, {"certificate", 47, "", ""},
        {"appeal", 70, "", ""}, {"response", 100, "", ""}, {"appeal_ended", 380, "order", "amend"}}},
  };
  for (const auto& d : all) {
    std::optional<CaseRecord> about;
    auto read = db.read([&](store::Connection& c) -> Result<void> {
      auto k = load_case(c, d.about_case_id);
      if (!k) return std::unexpected(k.error());
      about = std::move(*k);
      return {};
    });
    if (!read) return read;
    if (!about) return fail(ErrorCode::internal, "demo disagreement: no case " + d.about_case_id);
    std::optional<calendar::Date> notice;
    for (const auto& a : disagreement::appealable_decisions(about->history()))
      if (a.kind == d.kind) notice = a.date;
    if (!notice) return fail(ErrorCode::internal, "demo disagreement: nothing to appeal in " + d.about_case_id);
    auto opened = open_disagreement(db, caseworker, {d.about_case_id, decision_choice(std::string(disagreement::to_string(d.kind)), *notice),
                                                     "parent"}, ctx);
    if (!opened) return std::unexpected(opened.error());
    if (!opened->problems.empty()) return fail(ErrorCode::internal, "demo disagreement: " + opened->problems.front().message);
    if (opened->already_open) continue;  // loaded before
    for (const auto& s : d.steps) {
      const std::string on = calendar::format_date(*notice + std::chrono::days(s.days_after_notice));
      auto done = record_disagreement_step(db, caseworker, {opened->case_id, s.step, on, s.choice, "", s.step == "appeal_ended" ? on : "", s.order}, ctx);
      if (!done) return std::unexpected(done.error());
      if (!done->empty()) return fail(ErrorCode::internal, "demo disagreement " + d.about_case_id + ": " + done->front().message);
    }
  }
  return {};
}

}  // namespace sendhub::app
