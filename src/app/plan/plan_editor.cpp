#include "app/plan/plan_editor.h"

#include <charconv>

#include "app/clock.h"
#include "app/identity/audit_trail.h"
#include "app/identity/sessions.h"
#include "app/plan/plan_sources.h"
#include "domain/plan/plan_validity.h"

namespace sendhub::app {
namespace {

bool assessed(const CaseRecord& k) {
  for (const auto& e : k.events)
    if (e.event.type == statutory::EventType::decision_to_assess) return e.event.outcome == statutory::Outcome::assess;
  return false;
}

Result<bool> may_edit(store::Connection& c, const access::Actor& actor, const CaseRecord& k, calendar::Date today) {
  auto resource = case_resource(c, k);
  if (!resource) return std::unexpected(resource.error());
  return *resource && !k.closed_on && access::is_local_authority_casework(actor.role) &&
         access::may(actor, access::Action::make_decision, **resource, today).allowed;
}

std::size_t advice_not_in(const plan::Plan& p, const std::vector<SubmittedAdvice>& advice) {
  std::size_t n = 0;
  for (const auto& a : advice)
    if (std::none_of(p.advice.begin(), p.advice.end(), [&](const plan::Advice& k) { return k.document_ref == "advice/" + a.id; })) ++n;
  return n;
}

}  // namespace

std::string locks_token(const WorkingCopy& w) {
  std::string out;
  for (const auto& [section, lock] : w.locks)
    out += (out.empty() ? "" : ".") + std::string(plan::to_string(section)) + std::to_string(lock.version);
  return out.empty() ? "0" : out;
}

std::map<plan::Section, std::int64_t> parse_locks_token(const std::string& token) {
  std::map<plan::Section, std::int64_t> out;
  std::size_t start = 0;
  while (start < token.size()) {
    auto end = token.find('.', start);
    if (end == std::string::npos) end = token.size();
    const std::string part = token.substr(start, end - start);
    auto digit = part.find_first_of("0123456789", part.starts_with("H") ? 2 : 1);
    if (digit != std::string::npos) {
      std::int64_t v = 0;
      const auto* first = part.data() + digit;
      auto [ptr, ec] = std::from_chars(first, part.data() + part.size(), v);
      if (auto s = plan::section_from_string(part.substr(0, digit)); s && ec == std::errc{} && ptr == part.data() + part.size())
        out[*s] = v;
    }
    start = end + 1;
  }
  return out;
}

Result<PlanWorkspace> open_plan(store::Database& db, const access::Actor& actor, const std::string& case_id,
                                const RequestContext& ctx) {
  auto k = open_case_for(db, actor, access::Action::view_record, case_id, "plan.view", ctx);
  if (!k) return std::unexpected(k.error());
  PlanWorkspace w{std::move(*k)};
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto editable = may_edit(c, actor, w.case_record, day_of(ctx.now));
    if (!editable) return std::unexpected(editable.error());
    w.may_edit = *editable;
    auto row = plan_for_case(c, case_id);
    if (!row) return std::unexpected(row.error());
    w.row = std::move(*row);
    if (!w.row) return {};
    auto versions = plan_versions(c, w.row->id);
    if (!versions) return std::unexpected(versions.error());
    w.versions = std::move(*versions);
    auto latest = plan_version(c, w.row->id);
    if (!latest) return std::unexpected(latest.error());
    w.latest = std::move(*latest);
    if (!access::is_local_authority_casework(actor.role)) return {};
    auto copy = working_copy(c, w.row->id);
    if (!copy) return std::unexpected(copy.error());
    w.working = std::move(*copy);
    if (w.working) {
      auto advice = advice_for_case(c, case_id);
      if (!advice) return std::unexpected(advice.error());
      w.advice_waiting = advice_not_in(w.working->plan, *advice);
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return w;
}

Result<std::vector<identity::FieldProblem>> start_plan(store::Database& db, const access::Actor& actor,
                                                       const std::string& case_id, const RequestContext& ctx) {
  auto k = open_case_for(db, actor, access::Action::make_decision, case_id, "case.view", ctx);
  if (!k) return std::unexpected(k.error());
  std::vector<identity::FieldProblem> problems;
  if (!assessed(*k)) problems.push_back({"plan", "Record the decision to carry out an assessment before writing the plan"});
  if (k->closed_on) problems.push_back({"plan", "This case is closed"});
  if (!problems.empty()) return problems;
  const std::string today = calendar::format_date(day_of(ctx.now));
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto editable = may_edit(c, actor, *k, day_of(ctx.now));
    if (!editable) return std::unexpected(editable.error());
    if (!*editable) return fail(ErrorCode::not_found, "There is no such case");
    auto existing = plan_for_case(c, case_id);
    if (!existing) return std::unexpected(existing.error());
    if (*existing) return {};
    const std::string id = "plan-" + random_token().substr(0, 16);
    const store::Value p[] = {id, k->child_id, k->la_code, case_id, utc_timestamp_of(ctx.now)};
    if (auto n = c.execute("INSERT INTO plans (id, child_id, la_code, case_id, created_at) VALUES ($1, $2, $3, $4, $5)", p); !n)
      return std::unexpected(n.error());
    plan::Plan plan;
    plan.plan_id = id;
    plan.plan_date = today;
    auto la = authority_for_plan(c, k->la_code);
    if (!la) return std::unexpected(la.error());
    plan.local_authority = *la;
    auto child = child_for_plan(c, k->child_id, today);
    if (!child) return std::unexpected(child.error());
    plan.child = *child;
    auto views = latest_family_views(c, k->child_id, day_of(ctx.now));
    if (!views) return std::unexpected(views.error());
    if (*views) {
      auto voice = voice_of_views(c, k->child_id);
      if (!voice) return std::unexpected(voice.error());
      bring_in_views(plan, **views, *voice);
    }
    auto advice = advice_for_case(c, case_id);
    if (!advice) return std::unexpected(advice.error());
    bring_in_advice(plan, *advice);
    plan.placement.included = true;        // section I: no setting named yet
    plan.personal_budget.included = true;  // section J: no personal budget unless one is agreed
    if (auto saved = save_working_copy(c, id, plan, {}, actor.user_id, utc_timestamp_of(ctx.now)); !saved) return saved;
    auto e = audit_entry(actor, "plan.start", ctx, k->child_id, case_id, k->la_code);
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<EditOutcome> edit_plan(store::Database& db, const access::Actor& actor, const std::string& case_id,
                              const std::string& seen, const PlanEdit& edit, const RequestContext& ctx) {
  auto k = open_case_for(db, actor, access::Action::make_decision, case_id, "case.view", ctx);
  if (!k) return std::unexpected(k.error());
  EditOutcome out;
  const auto seen_locks = parse_locks_token(seen);
  const std::string today = calendar::format_date(day_of(ctx.now));
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    auto editable = may_edit(c, actor, *k, day_of(ctx.now));
    if (!editable) return std::unexpected(editable.error());
    if (!*editable) return fail(ErrorCode::not_found, "There is no such case");
    auto row = plan_for_case(c, case_id);
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(ErrorCode::not_found, "This case has no plan yet");
    auto copy = working_copy(c, (*row)->id);
    if (!copy) return std::unexpected(copy.error());
    if (!*copy) return fail(ErrorCode::not_found, "This plan has no working copy");
    plan::Plan plan = (*copy)->plan;
    auto result = edit(plan);
    if (!result.problems.empty()) {
      out.problems = std::move(result.problems);
      return {};
    }
    for (auto s : result.touched) {
      auto it = seen_locks.find(s);
      if ((*copy)->lock_of(s) != (it == seen_locks.end() ? 0 : it->second)) {
        const auto& lock = (*copy)->locks.at(s);
        out.conflict = SectionConflict{s, lock.updated_by_name, lock.updated_at};
        return {};
      }
    }
    auto advice = advice_for_case(c, case_id);
    if (!advice) return std::unexpected(advice.error());
    if (bring_in_advice(plan, *advice)) result.touched.push_back(plan::Section::k);
    plan.plan_date = today;
    auto child = child_for_plan(c, k->child_id, today);
    if (!child) return std::unexpected(child.error());
    plan.child = *child;
    // The editor's forms keep the plan valid; a problem here is a bug, and nothing is saved.
    if (auto invalid = plan::validity_problems(plan); !invalid.empty())
      return fail(ErrorCode::internal, "plan edit would make the plan invalid: " + invalid.front());
    if (auto saved = save_working_copy(c, (*row)->id, plan, result.touched, actor.user_id, utc_timestamp_of(ctx.now)); !saved)
      return saved;
    std::string sections;
    for (auto s : result.touched) sections += (sections.empty() ? "" : ",") + std::string(plan::to_string(s));
    auto e = audit_entry(actor, "plan.edit", ctx, k->child_id, case_id, k->la_code);
    e.detail = "sections " + sections + (result.item_id.empty() ? "" : " item " + result.item_id);
    if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
    out.item_id = result.item_id;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
