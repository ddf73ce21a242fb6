#include "app/local_offer/problem_reports.h"

#include "app/clock.h"
#include "app/identity/audit_trail.h"
#include "app/local_offer/directory_writer.h"
#include "domain/email/message.h"

namespace sendhub::app::local_offer {
namespace {

using store::Value;

constexpr ProblemKind kinds[] = {
    {"closed", "The service has closed or moved"},
    {"contact", "The phone number, email or website is wrong"},
    {"times", "The opening times are wrong"},
    {"eligibility", "Who it is for, or the cost, is wrong"},
    {"other", "Something else"},
};

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && (s[b] == ' ' || s[b] == '\n' || s[b] == '\r' || s[b] == '\t')) ++b;
  return s.substr(b);
}

}  // namespace

std::span<const ProblemKind> problem_kinds() { return kinds; }

Result<std::vector<identity::FieldProblem>> report_problem(store::Database& db, ProblemReportDraft d, std::int64_t now) {
  std::vector<identity::FieldProblem> problems;
  d.details = trim(d.details);
  d.reply_email = trim(d.reply_email);
  std::string label;
  for (const auto& k : kinds)
    if (k.value == d.what_is_wrong) label = k.label;
  if (label.empty()) problems.push_back({"what_is_wrong", "Select what is wrong"});
  if (d.details.empty()) problems.push_back({"details", "Tell us what is wrong"});
  else if (d.details.size() > 2000) problems.push_back({"details", "What is wrong must be 2,000 characters or fewer"});
  if (!d.reply_email.empty() && !email::valid_address(d.reply_email))
    problems.push_back({"reply_email", "Enter an email address in the correct format, like name@example.com"});
  if (!problems.empty()) return problems;
  auto ok = db.write([&](store::Connection& c) -> Result<void> {
    const Value s[] = {d.service_id};
    auto found = c.query("SELECT 1 FROM lo_services WHERE id = $1 AND status IN ('active', 'temporarily closed')", s);
    if (!found) return std::unexpected(found.error());
    if (found->empty()) return fail(ErrorCode::not_found, "There is no such service");
    const Value p[] = {new_uuid(), d.service_id, utc_timestamp_of(now), label, d.details, d.reply_email};
    auto n = c.execute("INSERT INTO lo_problem_reports (id, service_id, reported_at, what_is_wrong, details, reply_email, status) "
                       "VALUES ($1, $2, $3, $4, $5, $6, 'open')", p);
    if (!n) return std::unexpected(n.error());
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return problems;
}

Result<std::vector<ProblemReport>> open_problem_reports(store::Database& db, const DirectoryActor& who) {
  std::vector<ProblemReport> out;
  if (who.role != lo::DirectoryRole::local_offer_team) return out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    auto rows = c.query("SELECT r.id, r.service_id, s.name, r.reported_at, r.what_is_wrong, r.details, r.reply_email "
                        "FROM lo_problem_reports r JOIN lo_services s ON s.id = r.service_id WHERE r.status = 'open' "
                        "ORDER BY r.reported_at, r.id");
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows)
      out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<void> close_problem_report(store::Database& db, const DirectoryActor& who, const std::string& id, const RequestContext& ctx) {
  if (who.role != lo::DirectoryRole::local_offer_team) return fail(ErrorCode::not_found, "There is no such report");
  return db.write([&](store::Connection& c) -> Result<void> {
    const Value p[] = {who.user_id, utc_timestamp_of(ctx.now), id};
    auto n = c.execute("UPDATE lo_problem_reports SET status = 'closed', closed_by = $1, closed_at = $2 WHERE id = $3 AND status = 'open'", p);
    if (!n) return std::unexpected(n.error());
    if (*n != 1) return fail(ErrorCode::not_found, "There is no such report");
    audit::AuditEntry e;
    e.actor_user_id = who.user_id;
    e.actor_role = "local_offer_editor";
    e.action = "local_offer.problem_closed";
    e.outcome = "succeeded";
    e.source = ctx.source;
    e.request_id = ctx.request_id;
    e.detail = "local offer problem report " + id;
    auto written = append_audit(c, e);
    if (!written) return std::unexpected(written.error());
    return {};
  });
}

}  // namespace sendhub::app::local_offer
