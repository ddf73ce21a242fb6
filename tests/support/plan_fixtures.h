// A plan written through the editor's own forms, complete enough to send as a draft: the app,
// integration and demo tests share it (header-only, like app_fixtures.h).
#pragma once

#include <gtest/gtest.h>

#include "app/plan/plan_editor.h"

namespace sendhub::testing {

inline void edit_ok(store::Database& db, const access::Actor& caseworker, const std::string& case_id,
                    const app::PlanEdit& edit, const app::RequestContext& ctx) {
  auto ws = app::open_plan(db, caseworker, case_id, ctx);
  ASSERT_TRUE(ws && ws->working);
  auto out = app::edit_plan(db, caseworker, case_id, app::locks_token(*ws->working), edit, ctx);
  ASSERT_TRUE(out) << out.error().message;
  ASSERT_TRUE(out->problems.empty()) << out->problems.front().message;
  ASSERT_FALSE(out->conflict);
}

inline void write_plan_ready_to_send(store::Database& db, const access::Actor& caseworker, const std::string& case_id,
                                     const app::RequestContext& ctx) {
  auto started = app::start_plan(db, caseworker, case_id, ctx);
  ASSERT_TRUE(started && started->empty());
  using namespace sendhub::plan;
  const std::string today = calendar::format_date(app::day_of(ctx.now));
  edit_ok(db, caseworker, case_id, [&](Plan& p) { return put_voice(p, {"", "aspiration", "child", "\"I want to read stories to my sister.\"", true}, today); }, ctx);
  edit_ok(db, caseworker, case_id, [](Plan& p) { return put_need(p, {"", "B", "communication_and_interaction", "Finds it hard to say what he needs in class."}); }, ctx);
  edit_ok(db, caseworker, case_id, [](Plan& p) {
    return put_outcome(p, {"", "By the end of Year 4 he will ask an adult for help in class, without prompting, most days.", "phase",
                           "", "end_of_year_4", "I have a choice and I am heard", "", {"b1"}, {}});
  }, ctx);
  edit_ok(db, caseworker, case_id, [](Plan& p) {
    return put_provision(p, {"", "F", "A speech and language therapist works with him 1:1 for 30 minutes each week.", "Speech and language therapy",
                             "speech and language therapist", "direct", "1", "week", "30", "1:1", {"b1"}, {"o1"}});
  }, ctx);
  for (const char* s : {"C", "D", "G", "H1", "H2"})
    edit_ok(db, caseworker, case_id, [&](Plan& p) { return put_statement(p, s, std::string("Nothing identified for section ") + s + "."); }, ctx);
}

// Names the school in section I and carries every recommendation of the advice by f1.
inline void make_ready_for_final(store::Database& db, const access::Actor& caseworker, const std::string& case_id,
                                 const app::RequestContext& ctx, const std::string& school = "Demo Primary School") {
  edit_ok(db, caseworker, case_id, [&](plan::Plan& p) { return plan::put_placement(p, {school, "", "", "mainstream primary school"}); }, ctx);
  auto ws = app::open_plan(db, caseworker, case_id, ctx);
  ASSERT_TRUE(ws && ws->working);
  for (const auto& a : ws->working->plan.advice)
    for (const auto& r : a.recommendations)
      edit_ok(db, caseworker, case_id, [&](plan::Plan& p) { return plan::put_mapping(p, {r.id, {"f1"}, ""}); }, ctx);
}

}  // namespace sendhub::testing
