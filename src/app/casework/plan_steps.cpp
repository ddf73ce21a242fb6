#include "app/casework/plan_steps.h"

#include "app/casework/notify_family.h"
#include "app/clock.h"
#include "app/plan/issue_plan.h"
#include "domain/email/messages.h"

namespace sendhub::app {
namespace {

bool assessed(const CaseRecord& k) {
  for (const auto& e : k.events)
    if (e.event.type == statutory::EventType::decision_to_assess) return e.event.outcome == statutory::Outcome::assess;
  return false;
}

}  // namespace

Result<std::vector<identity::FieldProblem>> send_draft_plan(store::Database& db, const access::Actor& actor,
                                                            const std::string& case_id, const std::string& summary,
                                                            const RequestContext& ctx) {
  CaseChange change{{{statutory::EventType::draft_plan_issued, day_of(ctx.now)}}, "", "case.draft_plan_sent", "", nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (!assessed(k)) return identity::FieldProblem{"summary", "Record the decision to assess before sending a draft plan"};
    if (k.has(statutory::EventType::draft_plan_issued)) return identity::FieldProblem{"summary", "The draft plan has already been sent"};
    if (summary.size() > 20000) return identity::FieldProblem{"summary", "The note must be 20,000 characters or fewer"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    auto issued = issue_plan_version(c, k, "draft", actor.user_id, ctx.now);
    if (!issued) return std::unexpected(issued.error());
    const store::Value p[] = {summary, k.id};
    if (auto n = c.execute("UPDATE cases SET draft_summary = $1 WHERE id = $2", p); !n) return std::unexpected(n.error());
    auto resource = case_resource(c, k);
    if (!resource) return std::unexpected(resource.error());
    auto timeline = statutory::compute_timeline(k.history(), day_of(ctx.now));
    if (!timeline) return std::unexpected(timeline.error());
    std::string comment_by;
    for (const auto& m : timeline->milestones)
      if (m.key == "draft_representations_close") comment_by = calendar::format_long_date(m.due);
    const std::string link = ctx.public_url + "/cases/" + k.id + "/plan";
    auto told = notify_family(c, **resource, [&](const std::string& to) { return email::draft_plan_message(to, comment_by, link); }, ctx.now);
    if (!told) return std::unexpected(told.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

Result<std::vector<identity::FieldProblem>> respond_to_draft(store::Database& db, const access::Actor& actor,
                                                             const std::string& case_id, const std::string& comments,
                                                             const std::string& school_preference, const RequestContext& ctx) {
  CaseChange change{{}, "", "case.family_response", "", nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (!k.has(statutory::EventType::draft_plan_issued) || k.has(statutory::EventType::final_plan_issued))
      return identity::FieldProblem{"comments", "You can comment while the draft plan is with you, before the final plan"};
    if (comments.empty() && school_preference.empty())
      return identity::FieldProblem{"comments", "Write your comments, or the school or setting you would like, or both"};
    if (comments.size() > 20000 || school_preference.size() > 500)
      return identity::FieldProblem{"comments", "Your comments are too long to save; shorten them and try again"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value p[] = {"response-" + random_token().substr(0, 16), k.id, actor.user_id, utc_timestamp_of(ctx.now),
                              comments, school_preference};
    auto n = c.execute("INSERT INTO family_responses (id, case_id, author_user_id, submitted_at, comments, school_preference) "
                       "VALUES ($1, $2, $3, $4, $5, $6)", p);
    if (!n) return std::unexpected(n.error());
    return {};
  };
  // Families act on their own child's case through contribute_advice, like their views.
  return record_on_case(db, actor, access::Action::contribute_advice, case_id, change, ctx);
}

Result<std::vector<FamilyResponse>> family_responses(store::Database& db, const std::string& case_id) {
  std::vector<FamilyResponse> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {case_id};
    auto rows = c.query("SELECT u.display_name, r.submitted_at, r.comments, r.school_preference FROM family_responses r "
                        "JOIN users u ON u.id = r.author_user_id WHERE r.case_id = $1 ORDER BY r.submitted_at, r.id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<identity::FieldProblem>> issue_final_plan(store::Database& db, const access::Actor& actor,
                                                             const std::string& case_id, const RequestContext& ctx) {
  CaseChange change{{{statutory::EventType::final_plan_issued, day_of(ctx.now)}}, "", "case.final_plan_issued", "", nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (!k.has(statutory::EventType::draft_plan_issued))
      return identity::FieldProblem{"plan", "Send the draft plan to the family before issuing the final plan"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    auto issued = issue_plan_version(c, k, "final", actor.user_id, ctx.now);
    if (!issued) return std::unexpected(issued.error());
    // Section I names the setting (readiness refuses a final plan without one).
    const std::string named = issued->plan.placement.content->name.value_or("");
    const store::Value p[] = {named, calendar::format_date(day_of(ctx.now)), k.id};
    if (auto n = c.execute("UPDATE cases SET named_setting = $1, closed_on = $2 WHERE id = $3", p); !n)
      return std::unexpected(n.error());
    auto resource = case_resource(c, k);
    if (!resource) return std::unexpected(resource.error());
    const std::string link = ctx.public_url + "/cases/" + k.id + "/plan";
    auto told = notify_family(c, **resource, [&](const std::string& to) { return email::final_plan_message(to, link); }, ctx.now);
    if (!told) return std::unexpected(told.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

}  // namespace sendhub::app
