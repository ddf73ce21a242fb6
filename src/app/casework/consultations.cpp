#include "app/casework/consultations.h"

#include "app/casework/notify_family.h"
#include "app/clock.h"
#include "app/email/outbox.h"
#include "app/identity/sessions.h"
#include "domain/email/messages.h"

namespace sendhub::app {
namespace {

bool draft_out(const CaseRecord& k) {
  bool drafted = false, final = false;
  for (const auto& e : k.events) {
    drafted = drafted || e.event.type == statutory::EventType::draft_plan_issued;
    final = final || e.event.type == statutory::EventType::final_plan_issued;
  }
  return drafted && !final && !k.closed_on;
}

// The caseworker holding the case, or nobody.
Result<std::string> caseworker_email(store::Connection& c, const CaseRecord& k) {
  if (k.caseworker_user_id.empty()) return std::string();
  const store::Value p[] = {k.caseworker_user_id};
  auto rows = c.query("SELECT email FROM users WHERE id = $1 AND disabled = 0", p);
  if (!rows) return std::unexpected(rows.error());
  return rows->empty() ? std::string() : rows->front().get_text(0);
}

}  // namespace

Result<std::vector<Consultation>> consultations_for(store::Database& db, const std::string& case_id, calendar::Date today) {
  std::vector<Consultation> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {case_id};
    auto rows = c.query("SELECT s.id, s.organisation_id, o.name, s.sent_on, s.reply_by, s.answer, s.reasons, COALESCE(u.display_name, '') "
                        "FROM school_consultations s JOIN organisations o ON o.id = s.organisation_id "
                        "LEFT JOIN users u ON u.id = s.answered_by WHERE s.case_id = $1 ORDER BY s.sent_on, s.id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) {
      Consultation x{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6), r.get_text(7)};
      auto by = calendar::parse_date(x.reply_by);
      x.overdue = x.answer.empty() && by && *by < today;
      out.push_back(std::move(x));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<SchoolChoice>> schools_to_consult(store::Database& db, const std::string& la_code) {
  std::vector<SchoolChoice> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {la_code};
    auto rows = c.query("SELECT id, name FROM organisations WHERE kind = 'school' AND la_code = $1 ORDER BY name, id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) out.push_back({r.get_text(0), r.get_text(1)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<identity::FieldProblem>> consult_school(store::Database& db, const access::Actor& actor,
                                                           const std::string& case_id, const std::string& organisation_id,
                                                           const std::string& reply_by, const RequestContext& ctx) {
  CaseChange change{{}, "", "case.school_consulted", "", nullptr};
  const auto today = day_of(ctx.now);
  const auto by = calendar::parse_date(reply_by);
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (!draft_out(k)) return identity::FieldProblem{"school", "Consult schools while the draft plan is with the family, before the final plan"};
    if (organisation_id.empty()) return identity::FieldProblem{"school", "Select the school or setting to consult"};
    if (reply_by.empty() || !by) return identity::FieldProblem{"reply_by", "Enter a real date for the reply, for example 27 3 2026"};
    if (*by <= today) return identity::FieldProblem{"reply_by", "The reply date must be after today"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value o[] = {organisation_id};
    auto school = c.query("SELECT id FROM organisations WHERE id = $1 AND kind = 'school'", o);
    if (!school) return std::unexpected(school.error());
    if (school->empty()) return fail(ErrorCode::invalid_input, "Select the school or setting to consult", "school");
    const store::Value dup[] = {k.id, organisation_id};
    auto waiting = c.query("SELECT 1 FROM school_consultations WHERE case_id = $1 AND organisation_id = $2 AND answer = ''", dup);
    if (!waiting) return std::unexpected(waiting.error());
    if (!waiting->empty()) return fail(ErrorCode::invalid_input, "This school is already being consulted and has not answered yet", "school");
    const store::Value p[] = {"consult-" + random_token().substr(0, 16), k.id, organisation_id, calendar::format_date(today), reply_by,
                              actor.user_id};
    if (auto n = c.execute("INSERT INTO school_consultations (id, case_id, organisation_id, sent_on, reply_by, sent_by) "
                           "VALUES ($1, $2, $3, $4, $5, $6)", p); !n)
      return std::unexpected(n.error());
    // The school's SENCOs read the case (and its draft) until a month after the reply date.
    const std::string until = calendar::format_date(calendar::add_months(*by, 1));
    const store::Value s[] = {organisation_id};
    auto sencos = c.query("SELECT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id "
                          "WHERE m.organisation_id = $1 AND m.role = 'school_senco' AND u.disabled = 0 AND u.is_service = 0", s);
    if (!sencos) return std::unexpected(sencos.error());
    for (const auto& r : *sencos) {
      const store::Value i[] = {r.get_text(0), k.child_id, k.id, until};
      auto n = c.execute("INSERT INTO involvements (user_id, child_id, case_id, until) VALUES ($1, $2, $3, $4) "
                         "ON CONFLICT (user_id, case_id) DO UPDATE SET until = CASE WHEN excluded.until > involvements.until "
                         "THEN excluded.until ELSE involvements.until END", i);
      if (!n) return std::unexpected(n.error());
      auto q = queue_email(c, email::consultation_message(r.get_text(1), calendar::format_long_date(*by), ctx.public_url + "/cases/" + k.id),
                           ctx.now);
      if (!q) return std::unexpected(q.error());
    }
    return {};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

Result<std::optional<Consultation>> consultation_for_school(store::Database& db, const access::Actor& actor,
                                                            const std::string& case_id) {
  std::optional<Consultation> out;
  if (actor.role != access::Role::school_senco || actor.setting_urn.empty()) return out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {case_id, actor.setting_urn};
    auto rows = c.query("SELECT s.id, s.organisation_id, o.name, s.sent_on, s.reply_by, s.answer, s.reasons FROM school_consultations s "
                        "JOIN organisations o ON o.id = s.organisation_id WHERE s.case_id = $1 AND o.urn = $2 "
                        "ORDER BY s.sent_on DESC, s.id LIMIT 1", p);
    if (!rows) return std::unexpected(rows.error());
    if (!rows->empty()) {
      const auto& r = rows->front();
      out = Consultation{r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5), r.get_text(6), ""};
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<identity::FieldProblem>> answer_consultation(store::Database& db, const access::Actor& actor,
                                                                const std::string& case_id, const std::string& answer,
                                                                const std::string& reasons, const RequestContext& ctx) {
  auto waiting = consultation_for_school(db, actor, case_id);
  if (!waiting) return std::unexpected(waiting.error());
  if (!*waiting) return fail(ErrorCode::not_found, "no consultation for this school");
  CaseChange change{{}, "", "case.consultation_answered", answer, nullptr};
  change.check = [&](const CaseRecord&) -> std::optional<identity::FieldProblem> {
    if (!(*waiting)->answer.empty()) return identity::FieldProblem{"answer", "Your school has already answered this consultation"};
    if (answer != "can_meet" && answer != "can_meet_with_changes" && answer != "cannot_meet")
      return identity::FieldProblem{"answer", "Select whether your school can meet the needs the draft plan sets out"};
    if (answer != "can_meet" && reasons.find_first_not_of(" \t\r\n") == std::string::npos)
      return identity::FieldProblem{"reasons", "Give your reasons, so the council and the family can understand them"};
    if (reasons.size() > 5000) return identity::FieldProblem{"reasons", "Keep your reasons to 5,000 characters or fewer"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value p[] = {answer, reasons, actor.user_id, utc_timestamp_of(ctx.now), (*waiting)->id};
    if (auto n = c.execute("UPDATE school_consultations SET answer = $1, reasons = $2, answered_by = $3, answered_at = $4 "
                           "WHERE id = $5 AND answer = ''", p); !n)
      return std::unexpected(n.error());
    auto to = caseworker_email(c, k);
    if (!to) return std::unexpected(to.error());
    if (!to->empty())
      if (auto q = queue_email(c, email::consultation_answered_message(*to, ctx.public_url + "/cases/" + k.id), ctx.now); !q)
        return std::unexpected(q.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::contribute_advice, case_id, change, ctx);
}

Result<std::vector<MeetingRequest>> meeting_requests_for(store::Database& db, const std::string& case_id) {
  std::vector<MeetingRequest> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {case_id};
    auto rows = c.query("SELECT m.id, u.display_name, m.asked_at, m.note, m.arranged_for, m.arranged_where FROM meeting_requests m "
                        "JOIN users u ON u.id = m.asked_by WHERE m.case_id = $1 ORDER BY m.asked_at, m.id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), r.get_text(4), r.get_text(5)});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<identity::FieldProblem>> ask_for_meeting(store::Database& db, const access::Actor& actor,
                                                            const std::string& case_id, const std::string& note,
                                                            const RequestContext& ctx) {
  if (!access::is_family(actor.role)) return fail(ErrorCode::not_found, "families ask for meetings");
  CaseChange change{{}, "", "case.meeting_requested", "", nullptr};
  change.check = [&](const CaseRecord& k) -> std::optional<identity::FieldProblem> {
    if (!draft_out(k)) return identity::FieldProblem{"meeting_note", "You can ask for a meeting while the draft plan is with you"};
    if (note.find_first_not_of(" \t\r\n") == std::string::npos)
      return identity::FieldProblem{"meeting_note", "Say when suits you, and what you would like to talk about"};
    if (note.size() > 2000) return identity::FieldProblem{"meeting_note", "Keep this to 2,000 characters or fewer"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value p[] = {"meeting-" + random_token().substr(0, 16), k.id, actor.user_id, utc_timestamp_of(ctx.now), note};
    if (auto n = c.execute("INSERT INTO meeting_requests (id, case_id, asked_by, asked_at, note) VALUES ($1, $2, $3, $4, $5)", p); !n)
      return std::unexpected(n.error());
    auto to = caseworker_email(c, k);
    if (!to) return std::unexpected(to.error());
    if (!to->empty())
      if (auto q = queue_email(c, email::meeting_requested_message(*to, ctx.public_url + "/cases/" + k.id), ctx.now); !q)
        return std::unexpected(q.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::contribute_advice, case_id, change, ctx);
}

Result<std::vector<identity::FieldProblem>> arrange_meeting(store::Database& db, const access::Actor& actor,
                                                            const std::string& case_id, const std::string& request_id,
                                                            const std::string& when, const std::string& where,
                                                            const RequestContext& ctx) {
  CaseChange change{{}, "", "case.meeting_arranged", "", nullptr};
  change.check = [&](const CaseRecord&) -> std::optional<identity::FieldProblem> {
    if (when.find_first_not_of(" \t") == std::string::npos)
      return identity::FieldProblem{"meeting_when", "Enter when the meeting is, for example Tuesday 3 March at 10am"};
    if (where.find_first_not_of(" \t") == std::string::npos)
      return identity::FieldProblem{"meeting_where", "Enter where the meeting is, or how to join it"};
    if (when.size() > 200 || where.size() > 500) return identity::FieldProblem{"meeting_where", "Keep these short: the family reads them in an email"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value p[] = {when, where, actor.user_id, utc_timestamp_of(ctx.now), request_id, k.id};
    auto n = c.execute("UPDATE meeting_requests SET arranged_for = $1, arranged_where = $2, arranged_by = $3, arranged_at = $4 "
                       "WHERE id = $5 AND case_id = $6", p);
    if (!n) return std::unexpected(n.error());
    if (*n == 0) return fail(ErrorCode::invalid_input, "That meeting request is not on this case", "meeting_when");
    auto resource = case_resource(c, k);
    if (!resource) return std::unexpected(resource.error());
    auto told = notify_family(c, **resource, [&](const std::string& to) {
      return email::meeting_arranged_message(to, when, where, ctx.public_url + "/cases/" + k.id);
    }, ctx.now);
    if (!told) return std::unexpected(told.error());
    return {};
  };
  return record_on_case(db, actor, access::Action::make_decision, case_id, change, ctx);
}

}  // namespace sendhub::app
