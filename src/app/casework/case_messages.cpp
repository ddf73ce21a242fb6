#include "app/casework/case_messages.h"

#include "app/casework/notify_family.h"
#include "app/clock.h"
#include "app/email/outbox.h"
#include "domain/email/messages.h"

namespace sendhub::app {

Result<std::vector<identity::FieldProblem>> send_case_message(store::Database& db, const access::Actor& actor,
                                                              const std::string& case_id, const std::string& body,
                                                              const RequestContext& ctx) {
  const bool family = access::is_family(actor.role);
  if (!family && (!access::is_local_authority_casework(actor.role) || actor.role == access::Role::panel_member))
    return fail(ErrorCode::not_found, "There is no such case");
  CaseChange change{{}, "", "case.message", "", nullptr};
  change.check = [&](const CaseRecord&) -> std::optional<identity::FieldProblem> {
    if (body.empty()) return identity::FieldProblem{"message", "Write your message"};
    if (body.size() > 10000) return identity::FieldProblem{"message", "Your message must be 10,000 characters or fewer"};
    return std::nullopt;
  };
  change.also = [&](store::Connection& c, const CaseRecord& k) -> Result<void> {
    const store::Value p[] = {"message-" + random_token().substr(0, 16), k.id, actor.user_id, utc_timestamp_of(ctx.now), body};
    auto n = c.execute("INSERT INTO case_messages (id, case_id, author_user_id, sent_at, body) VALUES ($1, $2, $3, $4, $5)", p);
    if (!n) return std::unexpected(n.error());
    const std::string link = ctx.public_url + "/cases/" + k.id + "#messages";
    if (family) {
      if (k.caseworker_user_id.empty()) return {};  // the team sees it on the case; nobody holds it yet
      const store::Value u[] = {k.caseworker_user_id};
      auto to = c.query("SELECT email FROM users WHERE id = $1 AND disabled = 0", u);
      if (!to) return std::unexpected(to.error());
      if (to->empty()) return {};
      if (auto q = queue_email(c, email::case_message_notice((*to)[0].get_text(0), true, link), ctx.now); !q)
        return std::unexpected(q.error());
      return {};
    }
    auto child = case_resource(c, k);
    if (!child) return std::unexpected(child.error());
    auto told = notify_family(c, **child, [&](const std::string& to) { return email::case_message_notice(to, false, link); }, ctx.now);
    if (!told) return std::unexpected(told.error());
    return {};
  };
  return record_on_case(db, actor, family ? access::Action::contribute_advice : access::Action::view_record, case_id, change, ctx);
}

Result<std::vector<CaseMessage>> case_messages(store::Database& db, const std::string& case_id) {
  std::vector<CaseMessage> out;
  auto ok = db.read([&](store::Connection& c) -> Result<void> {
    const store::Value p[] = {case_id};
    auto rows = c.query("SELECT u.display_name, COALESCE((SELECT f.relationship FROM family_links f JOIN cases k ON k.child_id = f.child_id "
                        "WHERE k.id = m.case_id AND f.user_id = m.author_user_id), ''), m.sent_at, m.body "
                        "FROM case_messages m JOIN users u ON u.id = m.author_user_id WHERE m.case_id = $1 ORDER BY m.sent_at, m.id", p);
    if (!rows) return std::unexpected(rows.error());
    for (const auto& r : *rows) out.push_back({r.get_text(0), r.get_text(1), r.get_text(2), r.get_text(3), !r.get_text(1).empty()});
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace sendhub::app
