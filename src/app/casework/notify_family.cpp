#include "app/casework/notify_family.h"

#include "app/casework/cases.h"
#include "app/email/outbox.h"
#include "app/identity/accounts.h"

namespace sendhub::app {

Result<int> notify_family(store::Connection& c, const access::Resource& child,
                          const std::function<email::EmailMessage(const std::string&)>& message, std::int64_t now) {
  const store::Value p[] = {child.child_id};
  auto rows = c.query("SELECT u.id, u.email, f.relationship FROM family_links f JOIN users u ON u.id = f.user_id "
                      "WHERE f.child_id = $1 AND u.disabled = 0 ORDER BY u.id", p);
  if (!rows) return std::unexpected(rows.error());
  int sent = 0;
  for (const auto& r : *rows) {
    auto role = access::role_from_string(r.get_text(2));
    if (!role) continue;
    auto actor = load_actor(c, r.get_text(0), *role);
    if (!actor) return std::unexpected(actor.error());
    if (!access::may(*actor, access::Action::view_record, child, day_of(now))) continue;
    if (auto q = queue_email(c, message(r.get_text(1)), now); !q) return std::unexpected(q.error());
    ++sent;
  }
  return sent;
}

}  // namespace sendhub::app
