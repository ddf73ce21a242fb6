#include "app/casework/request_assessment.h"

#include "app/clock.h"
#include "app/email/outbox.h"
#include "app/identity/accounts.h"
#include "app/identity/audit_trail.h"

namespace sendhub::app {
namespace {

std::string requester(access::Role role) {
  switch (role) {
    case access::Role::parent_carer: return "parent";
    case access::Role::young_person: return "young_person";
    case access::Role::school_senco: return "school";
    default: return "local_authority";
  }
}

}  // namespace

Result<void> request_assessment_in(store::Connection& c, const access::Actor& actor, const AssessmentRequestDraft& d,
                                   const RequestContext& ctx, AssessmentRequestResult& out) {
  const std::string by = requester(actor.role);
  if (d.reason.empty()) out.problems.push_back({"reason", "Say why you are asking for an assessment"});
  else if (d.reason.size() > 20000) out.problems.push_back({"reason", "Reason must be 20,000 characters or fewer"});
  if (by == "school" && !d.family_agreed)
    out.problems.push_back({"family_agreed", "A school can ask only when the family knows and agrees. Tick the box to confirm they do"});
  const auto today = day_of(ctx.now);
  auto child = load_child_resource(c, d.child_id);
  if (!child) return std::unexpected(child.error());
  if (!*child || !access::may(actor, access::Action::contribute_advice, **child, today))
    return fail(ErrorCode::not_found, "no such child");
  const store::Value p[] = {d.child_id, std::string("ehc_needs_assessment")};
  auto open = c.query("SELECT id FROM cases WHERE child_id = $1 AND process = $2 AND closed_on IS NULL", p);
  if (!open) return std::unexpected(open.error());
  if (!open->empty()) {
    out.case_id = (*open)[0].get_text(0);
    out.already_open = true;
    return {};
  }
  if (!out.problems.empty()) return {};
  out.case_id = "case-" + random_token().substr(0, 16);
  const store::Value k[] = {out.case_id, d.child_id, (*child)->la_code, std::string("ehc_needs_assessment"), by,
                            std::int64_t{d.family_agreed || by != "school" ? 1 : 0}, d.reason, actor.user_id,
                            utc_timestamp_of(ctx.now)};
  auto n = c.execute("INSERT INTO cases (id, child_id, la_code, process, requested_by, family_agreed, request_reason, "
                     "opened_by, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", k);
  if (!n) return std::unexpected(n.error());
  auto record = load_case(c, out.case_id);
  if (!record) return std::unexpected(record.error());
  if (auto added = append_case_event(c, **record, {statutory::EventType::request_received, today}, "", actor.user_id, ctx.now); !added)
    return added;
  auto e = audit_entry(actor, "case.request_assessment", ctx, d.child_id, out.case_id, (*child)->la_code);
  if (auto logged = append_audit(c, e); !logged) return std::unexpected(logged.error());
  return {};
}

Result<AssessmentRequestResult> request_assessment(store::Database& db, const access::Actor& actor,
                                                   const AssessmentRequestDraft& d, const RequestContext& ctx) {
  AssessmentRequestResult out;
  auto ok = db.write([&](store::Connection& c) { return request_assessment_in(c, actor, d, ctx, out); });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
